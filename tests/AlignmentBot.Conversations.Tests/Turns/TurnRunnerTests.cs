using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AlignmentBot.Conversations.Tests.Turns;

public sealed class TurnRunnerTests
{
    private static readonly IncomingActivity Activity = new(
        ActivityKind.Message, "act-7", new ConversationAddress("slack", "T1", "C1"), new UserRef("U1", "Dana"), "my secret plan for Q3", DateTimeOffset.UnixEpoch);

    private readonly TestServices _services = new();
    private readonly FakeTimeProvider _time = new();
    private readonly ListLogger<TurnRunner> _logs = new();

    [Fact]
    public async Task RunAsync_BotThrows_ApologisesAndLogsIdKindAndConversationButNotTheText()
    {
        _services.Add<IBot>(new Bot((_, _) => throw new InvalidOperationException("database is locked")));

        var result = await Runner().RunAsync(Activity, default);

        Assert.True(result.IsApology);
        Assert.Equal(TurnApology.Text, Assert.Single(result.Replies).Text);
        var error = Assert.Single(_logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Equal("database is locked", error.Exception?.Message);
        Assert.Contains("act-7", error.Message, StringComparison.Ordinal);
        Assert.Contains("Message", error.Message, StringComparison.Ordinal);
        Assert.Contains("slack/T1/C1", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_logs.Entries, e => e.Message.Contains("secret plan", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_ScopeCannotBeCreated_Apologises()
    {
        _services.CreateScopeOverride = () => throw new InvalidOperationException("scope factory broken");

        var result = await Runner().RunAsync(Activity, default);

        Assert.Same(TurnApology.Result, result);
        Assert.Equal("scope factory broken", Assert.Single(_logs.Entries, e => e.Level == LogLevel.Error).Exception?.Message);
    }

    [Fact]
    public async Task RunAsync_BotCannotBeCreated_Apologises()
    {
        _services.Add<IBot>(() => throw new InvalidOperationException("no connection string"));

        var result = await Runner().RunAsync(Activity, default);

        Assert.True(result.IsApology);
    }

    [Fact]
    public async Task RunAsync_EachTurn_GetsItsOwnScope()
    {
        _services.Add<IBot>(new Bot((_, _) => Task.FromResult(TurnResult.Reply("hi"))));

        await Runner().RunAsync(Activity, default);
        await Runner().RunAsync(Activity, default);

        Assert.Equal(2, _services.ScopesCreated);
    }

    [Fact]
    public async Task RunAsync_CallerCancels_CancellationIsNotTurnedIntoAnApology()
    {
        using var cancel = new CancellationTokenSource();
        _services.Add<IBot>(new Bot(async (_, ct) =>
        {
            await cancel.CancelAsync();
            ct.ThrowIfCancellationRequested();
            return TurnResult.Empty;
        }));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Runner().RunAsync(Activity, cancel.Token));
        Assert.Empty(_logs.Entries);
    }

    [Fact]
    public async Task RunAsync_TurnSlowerThanTheThreshold_IsLoggedAsSlow()
    {
        var elapse = TimeSpan.FromSeconds(2);
        _services.Add<IBot>(new Bot((_, _) =>
        {
            _time.Advance(elapse);
            return Task.FromResult(TurnResult.Reply("done"));
        }));
        var runner = Runner(slowTurn: TimeSpan.FromSeconds(5));

        await runner.RunAsync(Activity, default);
        Assert.DoesNotContain(_logs.Entries, e => e.Level == LogLevel.Warning);

        elapse = TimeSpan.FromSeconds(6);
        var result = await runner.RunAsync(Activity, default);

        Assert.Equal("done", Assert.Single(result.Replies).Text);
        var warning = Assert.Single(_logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("act-7", warning.Message, StringComparison.Ordinal);
        Assert.Contains("6000 ms", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunWithDelivery_BotThrows_DeliversTheApology()
    {
        _services.Add<IBot>(new Bot((_, _) => throw new InvalidOperationException("boom")));
        var delivery = new Delivery();

        await Runner().RunAsync(new TurnRequest<string>(Activity, "reply-here"), delivery, TurnJournal.None, default);

        var (result, reply) = Assert.Single(delivery.Delivered);
        Assert.Equal("reply-here", reply);
        Assert.True(result.IsApology);
    }

    [Fact]
    public async Task RunWithDelivery_DeliveryFails_LogsTheReasonInsteadOfThrowing()
    {
        _services.Add<IBot>(new Bot((_, _) => Task.FromResult(TurnResult.Reply("hello"))));
        var delivery = new Delivery { Failure = new HttpRequestException("connection refused (api.example)") };

        await Runner().RunAsync(new TurnRequest<string>(Activity, "reply-here"), delivery, TurnJournal.None, default);

        var error = Assert.Single(_logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Contains("not delivered: connection refused (api.example)", error.Message, StringComparison.Ordinal);
        Assert.Contains("act-7", error.Message, StringComparison.Ordinal);
        Assert.Same(delivery.Failure, error.Exception);
    }

    private TurnRunner Runner(TimeSpan? slowTurn = null)
        => new(_services, new TransientDatabaseFaults(), Options.Create(new TurnRunnerOptions { SlowTurn = slowTurn ?? TimeSpan.FromSeconds(10) }), _time, _logs);

    private sealed class Bot(Func<IncomingActivity, CancellationToken, Task<TurnResult>> turn) : IBot
    {
        public Task<TurnResult> OnTurnAsync(IncomingActivity activity, CancellationToken cancellationToken) => turn(activity, cancellationToken);
    }

    private sealed class Delivery : ITurnDelivery<string>
    {
        public List<(TurnResult Result, string Reply)> Delivered { get; } = [];

        public Exception? Failure { get; init; }

        public Task DeliverAsync(TurnResult result, string reply, ITurnJournal journal, CancellationToken cancellationToken)
        {
            if (Failure is not null)
            {
                throw Failure;
            }

            Delivered.Add((result, reply));
            return Task.CompletedTask;
        }
    }
}
