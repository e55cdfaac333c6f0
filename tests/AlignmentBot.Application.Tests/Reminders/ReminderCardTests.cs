using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Reminders;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Reminders;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Application.Tests.Reminders;

/// <summary>The reminder card's buttons: server-side permission, a check-in recorded as chat records one, skip and snooze stored.</summary>
public sealed class ReminderCardTests
{
    private const string Acme = "T0ACME";
    private static readonly WorkspaceId Workspace = new(Acme);

    [Fact]
    public async Task Record_OwnerTypesTwoNumbers_BothRecordedForThePeriodInOneStep()
    {
        await using var bot = await PeopleAsync();
        var mql = await GoalAsync(bot, MetricKey.Mql, "U0PRIYA");
        var leads = await GoalAsync(bot, MetricKey.Leads, "U0PRIYA");

        await bot.Conversation("U0PRIYA", "Priya Rao", Acme, "D0PRIYA")
            .Submit(ReminderCards.Record, Values((mql, "42"), (leads, "1,250")))
            .CardReplacedWith("Recorded:");

        var numbers = await bot.Services.GetRequiredService<IMeasurementStore>().ListAsync(Workspace, Week, null, default);
        Assert.Equal([(MetricKey.Leads, 1250m), (MetricKey.Mql, 42m)], numbers.Select(m => (m.Metric, m.Value)).Order());
        Assert.All(numbers, m => Assert.Equal(Week, m.Period));
    }

    [Fact]
    public async Task Record_NotANumber_NothingRecorded()
    {
        await using var bot = await PeopleAsync();
        var mql = await GoalAsync(bot, MetricKey.Mql, "U0PRIYA");
        var leads = await GoalAsync(bot, MetricKey.Leads, "U0PRIYA");

        await bot.Conversation("U0PRIYA", "Priya Rao", Acme, "D0PRIYA")
            .Submit(ReminderCards.Record, Values((mql, "42"), (leads, "lots")))
            .Bot("is not a number. Nothing was recorded");

        Assert.Empty(await bot.Services.GetRequiredService<IMeasurementStore>().ListAsync(Workspace, Week, null, default));
    }

    [Fact]
    public async Task Record_SomeoneOutsideTheGoalsFunction_RefusedAndNothingRecorded()
    {
        await using var bot = await PeopleAsync();
        var mql = await GoalAsync(bot, MetricKey.Mql, "U0PRIYA");

        await bot.Conversation("U0ALEX", "Alex", Acme, "D0ALEX")
            .Submit(ReminderCards.Record, Values((mql, "42")))
            .Bot("can record these numbers");

        Assert.Empty(await bot.Services.GetRequiredService<IMeasurementStore>().ListAsync(Workspace, Week, null, default));
    }

    [Fact]
    public async Task Skip_WithAReason_StoredAndNoMoreReminders()
    {
        await using var bot = await PeopleAsync();
        var mql = await GoalAsync(bot, MetricKey.Mql, "U0PRIYA");
        var values = Values((mql, string.Empty));
        values[ReminderCards.ReasonInput] = "tracking was down";

        await bot.Conversation("U0PRIYA", "Priya Rao", Acme, "D0PRIYA")
            .Submit(ReminderCards.Skip, values)
            .CardReplacedWith("Skipped Marketing qualified leads for the week of 16 Nov (tracking was down)");

        var answer = Assert.Single(await bot.Services.GetRequiredService<IReminderStore>().ListAnswersAsync(Workspace, "2026-01-01", default));
        Assert.Equal((PeriodAnswerKind.Skipped, "tracking was down", "U0PRIYA"), (answer.Kind, answer.Reason, answer.By));
    }

    [Fact]
    public async Task Snooze_WithoutADate_UntilTomorrowAtTheDefaultTime()
    {
        await using var bot = await PeopleAsync();
        var mql = await GoalAsync(bot, MetricKey.Mql, "U0PRIYA");

        await bot.Conversation("U0PRIYA", "Priya Rao", Acme, "D0PRIYA")
            .Submit(ReminderCards.Snooze, Values((mql, string.Empty)))
            .CardReplacedWith("Snoozed");

        var answer = Assert.Single(await bot.Services.GetRequiredService<IReminderStore>().ListAnswersAsync(Workspace, "2026-01-01", default));
        Assert.Equal(PeriodAnswerKind.Snoozed, answer.Kind);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero), answer.Until);
    }

    // TestData.Now is Monday 23 Nov 2026; the week asked about is 16–22 Nov.
    private static readonly DateRange Week = new(new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 22));

    private static Dictionary<string, string> Values(params (Goal Goal, string Number)[] numbers)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ReminderCards.GoalsKey] = string.Join(',', numbers.Select(n => $"{n.Goal.Id}/2026-11-16")),
        };
        foreach (var (goal, number) in numbers)
        {
            values[ReminderCards.NumberInput(goal.Id)] = number;
        }

        return values;
    }

    private static async Task<Goal> GoalAsync(BotHarness bot, MetricKey metric, string owner)
    {
        var goal = TestData.Goal(Workspace, metric) with { OwnerId = owner, OwnerName = "Priya Rao" };
        await bot.Services.GetRequiredService<IGoalStore>().SaveAsync(Workspace, [goal], default);
        return goal;
    }

    private static async Task<BotHarness> PeopleAsync()
    {
        var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U0PRIYA", "Priya Rao", Role.Marketer, Acme);
        await bot.PersonAsync("U0ALEX", "Alex", Role.SalesRep, Acme);
        return bot;
    }
}
