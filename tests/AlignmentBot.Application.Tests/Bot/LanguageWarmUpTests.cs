using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Understanding;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AlignmentBot.Application.Tests.Bot;

public sealed class LanguageWarmUpTests
{
    [Fact]
    public async Task HostWhoseBotIsNotTheProductBot_NeverLoadsTheLanguageModel()
    {
        var created = 0;
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(_ => { Interlocked.Increment(ref created); return new AlignmentLanguage(); });
        services.AddSingleton<IBot, Echo>();
        services.AddSingleton<IHostedService, LanguageWarmUp>();
        await using var provider = services.BuildServiceProvider();

        var warmUp = provider.GetServices<IHostedService>().OfType<LanguageWarmUp>().Single();
        await warmUp.StartAsync(default);
        await warmUp.Warming;

        Assert.Equal(0, created);
    }

    [Fact]
    public async Task Start_DoesNotWaitForTheWarmUp()
    {
        // The host starts its hosted services one after the other and opens Kestrel last: a warm-up it waited for kept
        // the first message out for the ~0.7 s the model takes. Here the bot cannot even be resolved until released.
        using var release = new ManualResetEventSlim();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IBot>(_ => { release.Wait(); return new Echo(); });
        services.AddSingleton<IHostedService, LanguageWarmUp>();
        await using var provider = services.BuildServiceProvider();
        var warmUp = provider.GetServices<IHostedService>().OfType<LanguageWarmUp>().Single();

        var start = Task.Run(() => warmUp.StartAsync(default));
        var finished = await Task.WhenAny(start, Task.Delay(TimeSpan.FromSeconds(30)));

        release.Set();
        Assert.Same(start, finished);
        await warmUp.Warming;
    }

    private sealed class Echo : IBot
    {
        public Task<TurnResult> OnTurnAsync(IncomingActivity activity, CancellationToken cancellationToken)
            => Task.FromResult(TurnResult.Reply(new OutgoingMessage(activity.Text ?? string.Empty)));
    }
}
