using AlignmentBot.Application.Ports;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Application.Tests.Dialogs;

public sealed class GoalDialogTests
{
    [Fact]
    public async Task VagueAsk_NewPerson_AsksRoleThenOnlyWhatIsMissingAndSavesAfterConfirm()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SeedDemoAsync();

        await bot.Conversation()
            .User("we need more leads")
            .Bot("what's your role")
            .Press("Marketing lead")
            .Bot("you're a marketing lead now")
            .Bot("Prefer a form?")
            .Bot("Which number should this goal move?")
            .User("leads")
            .Bot("target for leads")
            .User("250 a week")
            .Bot("By when?")
            .Press("End of next quarter")
            .Bot("Who owns this goal?")
            .User("me")
            .Bot("New goal: please confirm")
            .Then(async () => Assert.Empty(await Goals(bot)), "nothing saved before confirming")
            .Press("Confirm")
            .CardReplacedWith("Goal saved")
            .Bot("Saved")
            .User("is marketing working?")
            .Bot("Leads (inquiries)");

        var goal = Assert.Single(await Goals(bot), g => g.CreatedBy == "U-DANA");
        Assert.Equal((MetricKey.Leads, 250m, Domain.Common.PeriodKind.Week, Direction.Increase), (goal.Metric, goal.Target, goal.Per, goal.Direction));
        Assert.Equal("we need more leads", goal.AskedAs);
        Assert.Equal("Dana", goal.OwnerName);
        Assert.NotNull(goal.Baseline);
        var person = await bot.Services.GetRequiredService<IWorkspaceStore>().GetPersonAsync(WorkspaceId.Local, "U-DANA", default);
        Assert.Equal(Role.MarketingLead, person!.Role);
    }

    [Fact]
    public async Task Correction_AtTheConfirmCard_ChangesTheTargetBeforeSaving()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SeedDemoAsync();
        await bot.PersonAsync("U-MARCO", "Marco", Role.MarketingLead);

        await bot.Conversation(user: "U-MARCO", name: "Marco")
            .User("we need 240 MQLs a month by end of Q2, I own it")
            .Bot("New goal: please confirm")
            .User("actually make it 250")
            .Bot("Noted: target 250")
            .Bot("New goal: please confirm")
            .Then(async () => Assert.Empty(await Goals(bot)), "nothing saved before confirming")
            .Press("Confirm");

        var goal = Assert.Single(await Goals(bot));
        Assert.Equal((MetricKey.Mql, 250m, new DateOnly(2027, 6, 30)), (goal.Metric, goal.Target, goal.Deadline));
    }

    [Fact]
    public async Task OwnerInTheOpeningSentence_IsMatchedToThePersonAndNotAskedAgain()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SeedDemoAsync();
        await bot.PersonAsync("U-DANA", "Dana", Role.Leadership);

        await bot.Conversation(user: "U-DANA", name: "Dana")
            .User("cut cost per lead to $85 by end of Q1, Priya owns it")
            .Bot("New goal: please confirm")
            .Press("Confirm");

        var goal = Assert.Single(await Goals(bot));
        Assert.Equal(("demo-priya", Direction.Decrease), (goal.OwnerId, goal.Direction));
    }

    [Fact]
    public async Task FloorBelowTodaysLevel_IsAnIncreaseGoal()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SeedDemoAsync();
        await bot.PersonAsync("U-MARCO", "Marco", Role.MarketingLead);

        await bot.Conversation(user: "U-MARCO", name: "Marco")
            .User("we need 200 MQLs a month by end of Q2")
            .Bot("Who owns this goal?")
            .User("me")
            .Bot("New goal: please confirm")
            .Press("Confirm");

        var goal = Assert.Single(await Goals(bot));
        Assert.Equal((200m, Direction.Increase), (goal.Target, goal.Direction));
    }

    [Fact]
    public async Task CeilingTodaysLevelAlreadyKeeps_IsSavedAsACeilingToKeep()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SeedDemoAsync();
        await bot.PersonAsync("U-MARCO", "Marco", Role.MarketingLead);

        // Cost per lead is about $86 in the demo data: "under $95" is a ceiling to keep, not a rise and not a refused decrease.
        await bot.Conversation(user: "U-MARCO", name: "Marco")
            .User("CPL under $95 by Feb")
            .Bot("Who owns this goal?")
            .User("me")
            .Bot(r => Transcript.Render(r).Contains("a ceiling to keep", StringComparison.Ordinal), "the summary says it is a ceiling to keep")
            .Press("Confirm")
            .Bot("Saved");

        var goal = Assert.Single(await Goals(bot));
        Assert.Equal((MetricKey.CostPerLead, 95m, Direction.Decrease, (decimal?)null, new DateOnly(2027, 2, 28)), (goal.Metric, goal.Target, goal.Direction, goal.Baseline, goal.Deadline));
    }

    [Fact]
    public async Task ChangeTarget_ConfirmThenUndo_RestoresTheGoal()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SeedDemoAsync();
        await bot.PersonAsync("U-MARCO", "Marco", Role.MarketingLead);
        var store = bot.Services.GetRequiredService<IGoalStore>();
        async Task<Goal> Mql() => (await store.ListAsync(WorkspaceId.Local, default)).Single(g => g.Metric == MetricKey.Mql && g.CreatedBy == "demo");

        await bot.Conversation(user: "U-MARCO", name: "Marco")
            .User("change the MQL target to 250")
            .Bot("Change a goal: please confirm")
            .Then(async () => Assert.Equal(240m, (await Mql()).Target), "nothing changed before confirming")
            .Press("Confirm")
            .Bot("Saved")
            .Then(async () => Assert.Equal(250m, (await Mql()).Target), "changed on confirm")
            .Press("Undo")
            .Bot("Undone");

        Assert.Equal(240m, (await Mql()).Target);
    }

    [Fact]
    public async Task CloseWithReason_TypedMarkdown_IsShownAsTypedOnTheSavedCard()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SeedDemoAsync();
        await bot.PersonAsync("U-MARCO", "Marco", Role.MarketingLead);
        const string Typed = "**budget** moved to [events](http://evil.example)";

        // The reason is Marco's words: the saved line shows it as written, with no bold or live link from it in any channel.
        await bot.Conversation(user: "U-MARCO", name: "Marco")
            .User("drop the MQL goal")
            .Bot("Why?")
            .User(Typed)
            .Bot("Change a goal: please confirm")
            .Press("Confirm")
            .Bot(
                m => m.Card?.Blocks.OfType<AlignmentBot.Conversations.Cards.TextBlock>().FirstOrDefault(b => b.Text.StartsWith("✓ Saved", StringComparison.Ordinal)) is { Literal: true } line
                    && line.Text.Contains(Typed, StringComparison.Ordinal),
                "the saved line holding the typed reason is a literal paragraph");
    }

    private static async Task<IReadOnlyList<Goal>> Goals(BotHarness bot)
        => (await bot.Services.GetRequiredService<IGoalStore>().ListAsync(WorkspaceId.Local, default)).Where(g => g.CreatedBy != "demo").ToArray();
}
