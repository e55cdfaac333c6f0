using System.Globalization;
using System.Text;

namespace AlignmentBot.Application.Tests.Scenarios.Runner;

/// <summary>The report a run prints: each scenario's outcome, the failures with their transcripts, and pass rates.</summary>
public static class ScenarioReport
{
    public static double PassRate(IReadOnlyList<ScenarioResult> results) => results.Count == 0 ? 0 : 100.0 * results.Count(r => r.Passed) / results.Count;

    public static string Write(string part, IReadOnlyList<ScenarioResult> results, bool transcriptsOfPasses = false)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Scenarios, {part} part: {results.Count(r => r.Passed)} of {results.Count} pass ({PassRate(results):0.0}%).");
        text.AppendLine();
        foreach (var r in results)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{(r.Passed ? "PASS" : "FAIL")} {r.Scenario.Id} [{r.Scenario.Area}] {r.Scenario.Title}{(r.Passed ? string.Empty : $" — {r.Cause}: {r.Failure}")}");
        }

        var failed = results.Where(r => !r.Passed).ToList();
        if (failed.Count > 0 || transcriptsOfPasses)
        {
            text.AppendLine().AppendLine("Transcripts:");
            foreach (var r in transcriptsOfPasses ? results : failed)
            {
                text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{(r.Passed ? "PASS" : "FAIL")} {r.Scenario.Id} ({r.Scenario.Source}:{r.Scenario.Line})");
                if (!r.Passed)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"  first failed expectation, {r.Cause}: {r.Failure}");
                }

                text.AppendLine(r.Transcript);
            }
        }

        text.AppendLine().AppendLine("By area:");
        Table(text, results.GroupBy(r => r.Scenario.Area));
        text.AppendLine().AppendLine("By tag:");
        Table(text, results.SelectMany(r => r.Scenario.Tags.Select(t => (Tag: t, Result: r))).GroupBy(x => x.Tag, x => x.Result));
        text.AppendLine().AppendLine("Failures by cause:");
        Table(text, failed.GroupBy(r => r.Cause ?? "?"), countOnly: true);
        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Total: {results.Count(r => r.Passed)}/{results.Count} ({PassRate(results):0.0}%)");
        return text.ToString();
    }

    private static void Table(StringBuilder text, IEnumerable<IGrouping<string, ScenarioResult>> groups, bool countOnly = false)
    {
        foreach (var g in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var list = g.ToList();
            text.AppendLine(countOnly
                ? string.Create(CultureInfo.InvariantCulture, $"  {g.Key,-22} {list.Count,4}")
                : string.Create(CultureInfo.InvariantCulture, $"  {g.Key,-22} {list.Count(r => r.Passed),4}/{list.Count,-4} {PassRate(list),6:0.0}%"));
        }
    }
}
