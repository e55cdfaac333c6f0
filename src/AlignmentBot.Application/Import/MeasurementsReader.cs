using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Metrics;

namespace AlignmentBot.Application.Import;

/// <summary>
/// Two shapes: long (date, metric, value[, period_end | period, campaign, channel, product]) and
/// wide (a date column, then one column per metric: "week, leads, mql, sql, revenue").
/// </summary>
internal static class MeasurementsReader
{
    private static readonly string[] DateColumns = ["date", "period_start", "start", "week", "week_start", "week of", "month", "quarter", "day"];

    public static bool IsLong(CsvTable table) => table.Column("metric") >= 0 && table.Column("value") >= 0;

    public static bool IsWide(CsvTable table) => table.Column(DateColumns) >= 0 && MetricColumns(table).Count > 0;

    public static IReadOnlyList<Measurement> Read(CsvTable table, ImportContext context)
    {
        var dateCol = table.Column(DateColumns);
        if (dateCol < 0)
        {
            context.Error(1, "Expected a date column (date, week, month or period_start).");
            return [];
        }

        var endCol = table.Column("period_end", "end", "end_date");
        var periodCol = table.Column("period");
        var campaignCol = table.Column("campaign", "campaign_name");
        var channelCol = table.Column("channel", "source");
        var productCol = table.Column("product");
        var implied = ImpliedPeriod(table.Header[dateCol]);
        var dayFirst = CellParsers.LooksDayFirst(table.Records.Select(r => Cell(r, dateCol)));

        var result = new List<Measurement>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var isLong = IsLong(table);
        var metricCol = table.Column("metric");
        var valueCol = table.Column("value");
        var wide = isLong ? [] : MetricColumns(table);

        foreach (var record in table.Records)
        {
            if (!CellParsers.TryDate(Cell(record, dateCol), dayFirst, out var start))
            {
                context.Error(record.Line, $"'{Cell(record, dateCol)}' in column '{table.Header[dateCol]}' is not a date (use 2026-11-02).");
                continue;
            }

            if (!TryPeriod(record, start, endCol, periodCol, implied, dayFirst, context, out var period))
            {
                continue;
            }

            var breakdown = new Breakdown(Optional(record, campaignCol), Optional(record, channelCol), Optional(record, productCol));
            if (isLong)
            {
                var metricText = Cell(record, metricCol);
                if (!MetricCatalog.TryParse(metricText, out var metric))
                {
                    context.Error(record.Line, $"Unknown metric '{metricText}'. Known metrics: {string.Join(", ", MetricCatalog.All.Select(d => d.Name))}.");
                    continue;
                }

                Add(record, metric, Cell(record, valueCol), period, breakdown);
            }
            else
            {
                foreach (var (column, metric) in wide)
                {
                    var text = Cell(record, column);
                    if (text.Length > 0)
                    {
                        Add(record, metric, text, period, breakdown);
                    }
                }
            }
        }

        return result;

        void Add(CsvRecord record, MetricKey metric, string text, DateRange period, Breakdown breakdown)
        {
            if (!CellParsers.TryNumber(text, out var value))
            {
                context.Error(record.Line, $"'{text}' is not a number for {MetricCatalog.NameOf(metric)}.");
                return;
            }

            if (value < 0)
            {
                context.Error(record.Line, $"{MetricCatalog.NameOf(metric)} cannot be negative ({text}).");
                return;
            }

            var key = $"{metric}|{period}|{breakdown.Campaign}|{breakdown.Channel}|{breakdown.Product}";
            if (seen.TryGetValue(key, out var firstLine))
            {
                context.Error(record.Line, $"{MetricCatalog.NameOf(metric)} for {period} appears twice (first on line {firstLine}).");
                return;
            }

            seen[key] = record.Line;
            result.Add(new Measurement(Guid.NewGuid(), context.WorkspaceId, metric, value, period, MeasurementSource.Import, breakdown, context.Now, context.FileName));
        }
    }

    private static bool TryPeriod(CsvRecord record, DateOnly start, int endCol, int periodCol, PeriodKind? implied, bool dayFirst, ImportContext context, out DateRange period)
    {
        period = DateRange.Day(start);
        if (endCol >= 0 && Cell(record, endCol) is { Length: > 0 } endText)
        {
            if (!CellParsers.TryDate(endText, dayFirst, out var end) || end < start)
            {
                context.Error(record.Line, $"'{endText}' is not a period end on or after {start:yyyy-MM-dd}.");
                return false;
            }

            period = new DateRange(start, end);
            return true;
        }

        var kind = implied;
        if (periodCol >= 0 && Cell(record, periodCol) is { Length: > 0 } periodText)
        {
            if (!Periods.TryParse(periodText, out var parsed))
            {
                context.Error(record.Line, $"'{periodText}' is not a period (week, month, quarter or year).");
                return false;
            }

            kind = parsed;
        }

        if (kind is { } k)
        {
            // A "week" value is the week's first day; a "month" value any day of that month.
            period = k == PeriodKind.Week ? new DateRange(start, start.AddDays(6)) : Periods.Containing(start, k);
        }

        return true;
    }

    private static PeriodKind? ImpliedPeriod(string header) => CsvTable.Key(header) switch
    {
        "week" or "weekstart" or "weekof" => PeriodKind.Week,
        "month" => PeriodKind.Month,
        "quarter" => PeriodKind.Quarter,
        _ => null,
    };

    private static List<(int Column, MetricKey Metric)> MetricColumns(CsvTable table)
    {
        var columns = new List<(int, MetricKey)>();
        for (var i = 0; i < table.Header.Count; i++)
        {
            if (MetricCatalog.TryParse(table.Header[i], out var metric) && !IsReserved(table.Header[i]))
            {
                columns.Add((i, metric));
            }
        }

        return columns;
    }

    // "sales" and "deals" are metric aliases but in a wide file they are too ambiguous to guess.
    private static bool IsReserved(string header) => CsvTable.Key(header) is "sales" or "channel" or "source" or "campaign" or "product";

    private static string Cell(CsvRecord record, int column) => column >= 0 && column < record.Fields.Count ? record.Fields[column].Trim() : string.Empty;

    private static string? Optional(CsvRecord record, int column) => Cell(record, column) is { Length: > 0 } v ? v : null;
}
