using System.Globalization;
using System.Text;

namespace AlignmentBot.Application.Understanding;

/// <summary>
/// Measures the language model on the held-out part of the corpus: intent accuracy and exact-match rates for the
/// metric, target and deadline entities. Deadlines in the corpus are written for <see cref="ReferenceDate"/>.
/// </summary>
public static class CorpusEvaluation
{
    public static readonly DateOnly ReferenceDate = new(2026, 11, 23);

    /// <summary>Evaluates the utterances of the given splits ("dev", "test", "tune"); by default everything held out.</summary>
    public static CorpusReport Run(AlignmentLanguage language, params string[] splits)
    {
        var wanted = splits.Length == 0 ? ["dev", "test"] : splits;
        var items = AlignmentLanguage.Corpus.Where(u => wanted.Contains(u.Split)).ToArray();
        var misses = new List<string>();
        int intents = 0, metrics = 0, targets = 0, deadlines = 0;
        foreach (var u in items)
        {
            var got = language.Understand(u.Text, ReferenceDate);
            var e = got.Entities;
            var intentOk = got.Intent == u.Intent;
            var metricOk = e.Metric == u.Entities.Metric;
            var targetOk = e.Target == u.Entities.Target;
            var deadlineOk = e.Deadline == u.Entities.Deadline;
            intents += intentOk ? 1 : 0;
            metrics += metricOk ? 1 : 0;
            targets += targetOk ? 1 : 0;
            deadlines += deadlineOk ? 1 : 0;
            if (!(intentOk && metricOk && targetOk && deadlineOk))
            {
                var parts = new List<string>();
                if (!intentOk)
                {
                    parts.Add($"intent {got.Intent} ({got.Score:0.00}) ≠ {u.Intent}");
                }

                if (!metricOk)
                {
                    parts.Add($"metric {e.Metric ?? "–"} ≠ {u.Entities.Metric ?? "–"}");
                }

                if (!targetOk)
                {
                    parts.Add($"target {Fmt(e.Target)} ≠ {Fmt(u.Entities.Target)}");
                }

                if (!deadlineOk)
                {
                    parts.Add($"deadline {e.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "–"} ≠ {u.Entities.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "–"}");
                }

                misses.Add($"\"{u.Text}\": {string.Join("; ", parts)}");
            }
        }

        return new CorpusReport(string.Join("+", wanted), items.Length, Rate(intents, items.Length), Rate(metrics, items.Length), Rate(targets, items.Length), Rate(deadlines, items.Length), misses);
    }

    private static decimal Rate(int hits, int total) => total == 0 ? 0 : Math.Round(100m * hits / total, 1);

    private static string Fmt(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "–";
}

public sealed record CorpusReport(string Splits, int Utterances, decimal IntentAccuracy, decimal MetricExactMatch, decimal TargetExactMatch, decimal DeadlineExactMatch, IReadOnlyList<string> Misses)
{
    public const decimal IntentThreshold = 95m;
    public const decimal EntityThreshold = 90m;

    public bool MeetsThresholds => IntentAccuracy >= IntentThreshold && MetricExactMatch >= EntityThreshold && TargetExactMatch >= EntityThreshold && DeadlineExactMatch >= EntityThreshold;

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"split {Splits}: {Utterances} utterances");
        text.AppendLine(CultureInfo.InvariantCulture, $"intent accuracy:      {IntentAccuracy}% (threshold {IntentThreshold}%)");
        text.AppendLine(CultureInfo.InvariantCulture, $"metric exact-match:   {MetricExactMatch}% (threshold {EntityThreshold}%)");
        text.AppendLine(CultureInfo.InvariantCulture, $"target exact-match:   {TargetExactMatch}% (threshold {EntityThreshold}%)");
        text.AppendLine(CultureInfo.InvariantCulture, $"deadline exact-match: {DeadlineExactMatch}% (threshold {EntityThreshold}%)");
        foreach (var miss in Misses)
        {
            text.AppendLine("  miss: " + miss);
        }

        return text.ToString();
    }
}
