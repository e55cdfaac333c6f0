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
            .Bot("target for leads")
            .User("250 a week")
            .Bot("By when?")
            .Press("End of next quarter")
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

    private static async Task<IReadOnlyList<Goal>> Goals(BotHarness bot)
        => (await bot.Services.GetRequiredService<IGoalStore>().ListAsync(WorkspaceId.Local, default)).Where(g => g.CreatedBy != "demo").ToArray();
}
