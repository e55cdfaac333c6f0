using AlignmentBot.Application.Ports;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage.Stores;
using AlignmentBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AlignmentBot.Application.Tests.Bot;

public sealed class TurnHandlerTests
{
    [Fact]
    public async Task FailingTurn_MidDialog_ApologisesResetsTheDialogAndTheNextMessageWorks()
    {
        var failing = new FailingMeasurements();
        await using var bot = await BotHarness.StartAsync(s => s.Replace(ServiceDescriptor.Singleton<IMeasurementStore>(sp =>
        {
            failing.Inner = sp.GetRequiredService<SqlMeasurementStore>();
            return failing;
        })).AddSingleton<SqlMeasurementStore>());
        await bot.PersonAsync("U-MARCO", "Marco", Role.MarketingLead);

        await bot.Conversation(user: "U-MARCO", name: "Marco")
            .User("we need more MQLs")
            .Bot("Prefer a form?")
            .Bot("target for MQLs")
            .Then(() => { failing.Fail = true; return Task.CompletedTask; }, "the database starts failing")
            .User("200 a month")
            .Bot("Sorry, something went wrong on my side. I've reset our conversation so you're not stuck")
            .Then(() => { failing.Fail = false; return Task.CompletedTask; }, "the database recovers")
            .User("250")
            .Bot("I couldn't tell which number goes with which metric")
            .User("help")
            .Bot("Here's what I can do");
    }

    [Fact]
    public async Task GoalDialog_TurnsAlternateBetweenTwoInstances_CompletesWithNothingLostOrDoubled()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U-MARCO", "Marco", Role.MarketingLead);
        var other = bot.SecondInstance();

        await bot.Conversation(user: "U-MARCO", name: "Marco")
            .User("we need 200 MQLs a month")
            .Bot("today per month")
            .On(other)
            .User("150")
            .Bot("By when?")
            .On(bot.Bot)
            .Press("End of next quarter")
            .Bot("Who owns this goal?")
            .On(other)
            .User("me")
            .On(bot.Bot)
            .Bot("New goal: please confirm")
            .On(other)
            .Press("Confirm")
            .Bot("Saved");

        var goal = Assert.Single(await bot.Services.GetRequiredService<IGoalStore>().ListAsync(WorkspaceId.Local, default));
        Assert.Equal((200m, 150m, PeriodKind.Month), (goal.Target, goal.Baseline!.Value, goal.Per!.Value));
    }

    [Fact]
    public async Task GroupConversation_TwoPeopleDefiningGoals_EachKeepsTheirOwnDialog()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U-MARCO", "Marco", Role.MarketingLead);
        await bot.PersonAsync("U-SAM", "Sam", Role.SalesLead);
        var marco = bot.Conversation(user: "U-MARCO", name: "Marco", conversation: "C-ALIGN", isGroup: true);
        var sam = bot.Conversation(user: "U-SAM", name: "Sam", conversation: "C-ALIGN", isGroup: true);

        await marco.User("we need 200 MQLs a month").Bot("today per month");
        await sam.User("we need 40 SQLs a month").Bot("today per month");
        await marco.User("150").Bot("By when?");
        await sam.User("30").Bot("By when?");

        var states = bot.Services.GetRequiredService<Conversations.State.IConversationStateStore>();
        Assert.NotNull(await states.LoadAsync("local", "test/local/C-ALIGN/U-MARCO", default));
        Assert.NotNull(await states.LoadAsync("local", "test/local/C-ALIGN/U-SAM", default));
    }

    [Fact]
    public async Task ConversationStarted_RemembersTheAddressForProactivePosts()
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.Conversation(user: "U-NEW", name: "New Person", conversation: "C-MKT", isGroup: true, channel: "slack")
            .Added()
            .Bot("Hi everyone, I'm AlignmentBot");

        var known = await bot.Services.GetRequiredService<IConversationDirectory>().ListAsync("local", default);
        Assert.Equal(new ConversationAddress("slack", "local", "C-MKT", IsGroup: true), Assert.Single(known));
    }

    private sealed class FailingMeasurements : IMeasurementStore
    {
        public IMeasurementStore Inner { get; set; } = null!;

        public bool Fail { get; set; }

        public Task AddAsync(WorkspaceId workspaceId, IReadOnlyList<Measurement> measurements, CancellationToken cancellationToken)
            => Fail ? throw new InvalidOperationException("database down") : Inner.AddAsync(workspaceId, measurements, cancellationToken);

        public Task<IReadOnlyList<Measurement>> ListAsync(WorkspaceId workspaceId, DateRange window, IReadOnlyCollection<MetricKey>? metrics, CancellationToken cancellationToken)
            => Fail ? throw new InvalidOperationException("database down") : Inner.ListAsync(workspaceId, window, metrics, cancellationToken);

        public Task RemoveAsync(WorkspaceId workspaceId, MetricKey metric, DateRange period, CancellationToken cancellationToken)
            => Fail ? throw new InvalidOperationException("database down") : Inner.RemoveAsync(workspaceId, metric, period, cancellationToken);
    }
}
