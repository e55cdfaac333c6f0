using System.Globalization;
using AlignmentBot.Application.Ports;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Corrections;

/// <summary>
/// What "undo that" right after a check-in needs: the metrics and period just recorded, and each value they replaced, so
/// taking a check-in back leaves the numbers as they were before it (a new number gone, a replaced one put back).
/// </summary>
public static class RecentCheckIn
{
    private const string Was = "was.";

    /// <summary>The key is the metric ("sql") when one number was checked in, so "actually 44" can correct it; else the metrics, comma-separated.</summary>
    public static RecentAction Remember(IReadOnlyList<MetricKey> recorded, DateRange period, IReadOnlyList<Measurement> before)
    {
        var data = new Dictionary<string, string>
        {
            ["start"] = period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["end"] = period.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        foreach (var m in before.Where(m => m.Period == period && m.Breakdown == Breakdown.None && recorded.Contains(m.Metric)))
        {
            data[Was + MetricCatalog.NameOf(m.Metric)] = string.Join('|', m.Id, m.Value.ToString(CultureInfo.InvariantCulture), m.Source,
                m.RecordedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), m.RecordedBy ?? string.Empty);
        }

        return new RecentAction(RecentCorrections.CheckIn, string.Join(',', recorded.Distinct().Select(MetricCatalog.NameOf)), data);
    }

    /// <summary>A check-in's number asked for ("How many MQLs for the week of 16 Nov?"): the metric and the period it is for.</summary>
    public static RecentAction Asking(MetricKey metric, DateRange period) => new(RecentCorrections.CheckInAsk, MetricCatalog.NameOf(metric), new Dictionary<string, string>
    {
        ["start"] = period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["end"] = period.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    });

    /// <summary>A check-in's figure said without its metric ("checking in: 45"), which was asked: the figure and its period.</summary>
    public static RecentAction AskingMetric(decimal value, DateRange period) => new(RecentCorrections.CheckInMetricAsk, value.ToString(CultureInfo.InvariantCulture), new Dictionary<string, string>
    {
        ["start"] = period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["end"] = period.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    });

    /// <summary>The figure and period a check-in's metric question (<see cref="AskingMetric"/>) waits with, or null.</summary>
    public static (decimal Value, DateRange Period)? ReadFigure(RecentAction recent)
        => recent.Kind == RecentCorrections.CheckInMetricAsk && decimal.TryParse(recent.Key, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            && DateOnly.TryParse(recent.Value("start"), CultureInfo.InvariantCulture, out var start)
            && DateOnly.TryParse(recent.Value("end"), CultureInfo.InvariantCulture, out var end)
            ? (value, new DateRange(start, end))
            : null;

    /// <summary>The metrics and period of the check-in <paramref name="recent"/> remembers, or null when it is not one.</summary>
    public static (IReadOnlyList<MetricKey> Metrics, DateRange Period)? Read(RecentAction recent)
    {
        var metrics = new List<MetricKey>();
        foreach (var name in recent.Key.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!MetricCatalog.TryParse(name, out var metric))
            {
                return null;
            }

            metrics.Add(metric);
        }

        return metrics.Count > 0 && DateOnly.TryParse(recent.Value("start"), CultureInfo.InvariantCulture, out var start)
            && DateOnly.TryParse(recent.Value("end"), CultureInfo.InvariantCulture, out var end)
            ? (metrics, new DateRange(start, end))
            : null;
    }

    /// <summary>Takes the check-in back and says what it undid.</summary>
    public static async Task<string> UndoAsync(IMeasurementStore store, WorkspaceId workspace, RecentAction recent, IReadOnlyList<MetricKey> metrics, DateRange period,
        string currency, CancellationToken ct)
    {
        var removed = new List<string>();
        var restored = new List<string>();
        foreach (var metric in metrics)
        {
            if (Previous(recent, workspace, metric, period) is { } previous)
            {
                await store.AddAsync(workspace, [previous], ct);
                restored.Add(MetricFormat.Quantity(metric, previous.Value, currency));
            }
            else
            {
                await store.RemoveAsync(workspace, metric, period, ct);
                removed.Add(MetricCatalog.Get(metric).Plural);
            }
        }

        var parts = new List<string>();
        if (removed.Count > 0)
        {
            parts.Add($"no {string.Join(" or ", removed)} number is recorded");
        }

        if (restored.Count > 0)
        {
            parts.Add($"back to {string.Join(", ", restored)}, as before");
        }

        return $"Undone: that check-in is taken back; for {Commands.CheckInCommand.Describe(period)} {string.Join(", and ", parts)}.";
    }

    private static Measurement? Previous(RecentAction recent, WorkspaceId workspace, MetricKey metric, DateRange period)
    {
        var parts = recent.Value(Was + MetricCatalog.NameOf(metric))?.Split('|');
        if (parts is not { Length: 5 } || !Guid.TryParse(parts[0], out var id) || !decimal.TryParse(parts[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            || !Enum.TryParse<MeasurementSource>(parts[2], out var source) || !long.TryParse(parts[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var at))
        {
            return null;
        }

        return new Measurement(id, workspace, metric, value, period, source, Breakdown.None, DateTimeOffset.FromUnixTimeMilliseconds(at), parts[4].Length == 0 ? null : parts[4]);
    }
}
