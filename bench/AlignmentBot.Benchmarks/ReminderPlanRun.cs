using System.Diagnostics;
using System.Globalization;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Reminders;
using AlignmentBot.Domain.Workspaces;

/// <summary>
/// Scripted run: works out the due reminders for N goals (default 10,000) in workspaces of 20 goals, each with 26 weeks of
/// numbers, owners in six time zones, some preferences, skips, snoozes and sent reminders, as the reminder job does every
/// run. Prints the time of each of 10 rounds (after a warm-up), the median and the worst; exit 1 when the median is 1 s or more.
/// </summary>
internal static class ReminderPlanRun
{
    private static readonly string[] Zones = ["Europe/Berlin", "America/New_York", "America/Los_Angeles", "Asia/Kolkata", "Australia/Sydney", "UTC"];
    private static readonly MetricKey[] Metrics = [MetricKey.Mql, MetricKey.Leads, MetricKey.Sql, MetricKey.Pipeline, MetricKey.Revenue, MetricKey.CostPerLead, MetricKey.Opportunities];

    public static int Run(string[] args)
    {
        var goalCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
        var now = new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
        var workspaces = Build(goalCount, now);
        var policy = new ReminderPolicy { Holidays = new HashSet<DateOnly> { new(2026, 12, 25) } };

        Plan(workspaces, policy, now);
        var times = new List<double>();
        var due = 0;
        for (var round = 0; round < 10; round++)
        {
            var watch = Stopwatch.StartNew();
            due = Plan(workspaces, policy, now.AddMinutes(round * 5));
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        var median = (times[4] + times[5]) / 2;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{goalCount} goals in {workspaces.Count} workspaces, {due} reminders due: median {median:0.0} ms, best {times[0]:0.0} ms, worst {times[^1]:0.0} ms (10 rounds)"));
        return median < 1000 ? 0 : 1;
    }

    private static int Plan(List<(CheckInSubject[] Subjects, (MetricKey, DateRange)[] Numbers, PeriodAnswer[] Answers, SentReminder[] Sent)> workspaces, ReminderPolicy policy, DateTimeOffset now)
    {
        var due = 0;
        foreach (var (subjects, numbers, answers, sent) in workspaces)
        {
            // The ledger is built per run, as ReminderPlanning does from what it read.
            var ledger = new CheckInLedger(numbers, answers, sent);
            foreach (var status in ReminderPlanner.Plan(subjects, ledger, policy, now))
            {
                due += status.Due.Count;
            }
        }

        return due;
    }

    private static List<(CheckInSubject[], (MetricKey, DateRange)[], PeriodAnswer[], SentReminder[])> Build(int goalCount, DateTimeOffset now)
    {
        var random = new Random(42);
        var zones = Zones.Select(TimeZoneInfo.FindSystemTimeZoneById).ToArray();
        var result = new List<(CheckInSubject[], (MetricKey, DateRange)[], PeriodAnswer[], SentReminder[])>();
        for (var w = 0; w * 20 < goalCount; w++)
        {
            var ws = new WorkspaceId($"T{w:D5}");
            var subjects = new List<CheckInSubject>();
            var answers = new List<PeriodAnswer>();
            var sent = new List<SentReminder>();
            for (var i = 0; i < 20 && (w * 20) + i < goalCount; i++)
            {
                var owner = $"U{w:D5}{i % 8}";
                var cadence = i % 10 == 0 ? Cadence.Monthly : i % 7 == 0 ? Cadence.Biweekly : Cadence.Weekly;
                var goal = new Goal(GoalId.New(), ws, "bench", Metrics[i % Metrics.Length], null, 100, Direction.Increase, PeriodKind.Month,
                    new DateOnly(2026, 6, 1), new DateOnly(2027, 6, 30), cadence, owner, Audience.Marketing, GoalStatus.Active, now.AddDays(-200), $"U{w:D5}9", owner);
                var prefs = i % 5 == 0 ? new ReminderPreferences(owner) { Day = DayOfWeek.Friday, Time = new TimeOnly(16, 0) }
                    : i % 11 == 0 ? new ReminderPreferences(owner) { OutUntil = new DateOnly(2026, 12, 9) }
                    : ReminderPreferences.None(owner);
                subjects.Add(new CheckInSubject(goal, zones[random.Next(zones.Length)], prefs));
                if (i % 6 == 0)
                {
                    answers.Add(new PeriodAnswer(goal.Id, "2026-11-30", i % 12 == 0 ? PeriodAnswerKind.Skipped : PeriodAnswerKind.Snoozed, now.AddDays(1), "bench", owner));
                }

                if (i % 4 == 0)
                {
                    sent.Add(new SentReminder(goal.Id, owner, "2026-11-30", ReminderKind.Ask, now.AddDays(-1)));
                }
            }

            // 26 weeks of numbers for most metrics, with the latest week missing for some.
            var numbers = new List<(MetricKey, DateRange)>();
            foreach (var metric in Metrics)
            {
                var last = random.Next(3) == 0 ? new DateOnly(2026, 11, 22) : new DateOnly(2026, 11, 29);
                for (var end = last; end > last.AddDays(-182); end = end.AddDays(-7))
                {
                    numbers.Add((metric, new DateRange(end.AddDays(-6), end)));
                }
            }

            result.Add((subjects.ToArray(), numbers.ToArray(), answers.ToArray(), sent.ToArray()));
        }

        return result;
    }
}
