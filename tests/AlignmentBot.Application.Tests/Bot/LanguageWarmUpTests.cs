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

        await provider.GetServices<IHostedService>().OfType<LanguageWarmUp>().Single().StartAsync(default);

        Assert.Equal(0, created);
    }

    private sealed class Echo : IBot
    {
        public Task<TurnResult> OnTurnAsync(IncomingActivity activity, CancellationToken cancellationToken)
            => Task.FromResult(TurnResult.Reply(new OutgoingMessage(activity.Text ?? string.Empty)));
    }
}
