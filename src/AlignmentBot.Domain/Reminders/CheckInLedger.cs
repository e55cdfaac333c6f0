using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Metrics;

namespace AlignmentBot.Domain.Reminders;

/// <summary>
/// What has happened, indexed for the planner: the periods with a number per metric (from any source), the owners'
/// skips and snoozes, and the reminders that have a delivery record.
/// </summary>
public sealed class CheckInLedger
{
    private readonly Dictionary<MetricKey, DateRange[]> _numbers;
    private readonly Dictionary<(GoalId, string), PeriodAnswer> _answers;
    private readonly Dictionary<(GoalId, string, string, ReminderKind), SentReminder> _sent;

    public CheckInLedger(IEnumerable<(MetricKey Metric, DateRange Period)> numbers, IEnumerable<PeriodAnswer> answers, IEnumerable<SentReminder> sent)
    {
        _numbers = numbers.GroupBy(n => n.Metric).ToDictionary(g => g.Key, g => g.Select(n => n.Period).Distinct().OrderBy(p => p.Start).ToArray());
        _answers = new Dictionary<(GoalId, string), PeriodAnswer>();
        foreach (var answer in answers)
        {
            _answers[(answer.GoalId, answer.PeriodKey)] = answer;
        }

        _sent = new Dictionary<(GoalId, string, string, ReminderKind), SentReminder>();
        foreach (var reminder in sent)
        {
            _sent[(reminder.GoalId, reminder.PersonId, reminder.PeriodKey, reminder.Kind)] = reminder;
        }
    }

    public static CheckInLedger Empty { get; } = new([], [], []);

    /// <summary>
    /// A number arrived for <paramref name="period"/>: a measurement of the metric for a span inside the period (a day, the
    /// week itself) or covering it (a monthly import covers its weeks).
    /// </summary>
    public bool HasNumber(MetricKey metric, DateRange period)
    {
        if (HasDirect(metric, period))
        {
            return true;
        }

        // A ratio (cost per lead) is in when its parts are (spend and leads), as the scorecard computes it.
        var definition = MetricCatalog.Get(metric);
        return definition.IsRatio && definition.Numerator is { } numerator && definition.Denominator is { } denominator
            && HasDirect(numerator, period) && HasDirect(denominator, period);
    }

    private bool HasDirect(MetricKey metric, DateRange period)
    {
        if (!_numbers.TryGetValue(metric, out var spans))
        {
            return false;
        }

        // Sorted by start: only spans starting on or before the period's end can count.
        var high = UpperBound(spans, period.End);
        for (var i = high - 1; i >= 0; i--)
        {
            var span = spans[i];
            if ((span.Start >= period.Start && span.End <= period.End) || (span.Start <= period.Start && span.End >= period.End))
            {
                return true;
            }

            // Spans starting long before the period cannot cover it once they end before it starts; a year is the longest period.
            if (span.Start.DayNumber < period.Start.DayNumber - 370)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>The metrics whose numbers <see cref="HasNumber"/> reads for <paramref name="metric"/>: itself and a ratio's parts.</summary>
    public static IEnumerable<MetricKey> Inputs(MetricKey metric)
    {
        yield return metric;
        var definition = MetricCatalog.Get(metric);
        if (definition.IsRatio && definition.Numerator is { } numerator && definition.Denominator is { } denominator)
        {
            yield return numerator;
            yield return denominator;
        }
    }

    public PeriodAnswer? Answer(GoalId goal, string periodKey) => _answers.GetValueOrDefault((goal, periodKey));

    public SentReminder? Sent(GoalId goal, string personId, string periodKey, ReminderKind kind) => _sent.GetValueOrDefault((goal, personId, periodKey, kind));

    private static int UpperBound(DateRange[] spans, DateOnly day)
    {
        var (low, high) = (0, spans.Length);
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (spans[mid].Start <= day)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
