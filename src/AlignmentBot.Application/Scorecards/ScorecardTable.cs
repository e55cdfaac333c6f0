using System.Text;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Scorecards;

namespace AlignmentBot.Application.Scorecards;

/// <summary>The scorecard as a plain-text table for the terminal.</summary>
public static class ScorecardTable
{
    public static string Render(ScorecardView view)
    {
        var scorecard = view.Scorecard;
        var text = new StringBuilder();
        var company = view.Workspace?.Name ?? "this workspace";
        text.AppendLine($"Scorecard for {company}, as of {scorecard.AsOf:yyyy-MM-dd}");
        text.AppendLine($"Is marketing working? {PaceLabels.Verdict(scorecard.Verdict)}");
        text.AppendLine(scorecard.Headline);
        if (scorecard.Lines.Count == 0)
        {
            text.AppendLine("Start with: dotnet run --project src/AlignmentBot.Host -- chat   (then say \"we need more leads\")");
            return text.ToString();
        }

        text.AppendLine();
        string[] header = ["Goal", "Owner", "Now", "Target", "Pace", "Trend", "Data to"];
        var rows = scorecard.Lines.Select(l => new[]
        {
            (l.Goal.ParentId is null ? string.Empty : "  └ ") + l.Goal.Definition.Label,
            l.Goal.OwnerName,
            l.Current is { } c ? MetricFormat.Value(l.Goal.Metric, c, l.Goal.CurrencyOr(view.Currency)) + Per(l) : "–",
            MetricFormat.Value(l.Goal.Metric, l.Goal.Target, l.Goal.CurrencyOr(view.Currency)) + Per(l) + $" by {l.Goal.Deadline:yyyy-MM-dd}",
            PaceLabels.Text(l.Pace).ToUpperInvariant(),
            PaceLabels.Trend(l.Trend),
            l.AsOf is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + (l.IsStale ? " (stale)" : string.Empty) : "–",
        }).ToList();

        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Max(r => r[i].Length))).ToArray();
        AppendRow(text, header, widths);
        text.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            AppendRow(text, row, widths);
        }

        text.AppendLine();
        foreach (var line in scorecard.Lines)
        {
            text.AppendLine($"• {line.Goal.Title(view.Currency)} — {line.Explanation}");
        }

        return text.ToString();
    }

    private static string Per(GoalProgress line) => line.Goal.IsRate ? $"/{Domain.Common.Periods.Noun(line.Goal.Per!.Value)[0]}" : string.Empty;

    private static void AppendRow(StringBuilder text, IReadOnlyList<string> cells, int[] widths)
        => text.AppendLine(string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
}
