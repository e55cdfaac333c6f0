using System.Net;
using AlignmentBot.Channels.Slack.Tests.StandIn;
using Microsoft.Extensions.Configuration;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Channels.Slack.Tests.Configuration;

public sealed class SlackOptionsTests
{
    private static SlackOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLogging().AddSlackChannel(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<SlackOptions>>().Value;
    }

    [Fact]
    public void NoConfiguration_ChannelIsOffAndDefaultsApply()
    {
        var options = Resolve([]);

        Assert.False(options.Enabled);
        Assert.False(options.UseSocketMode);
        Assert.Equal(new Uri("https://slack.com/api/"), options.ApiBaseUri);
    }

    [Fact]
    public void AppToken_TurnsSocketModeOnByDefault_AndCanBeOverridden()
    {
        Assert.True(Resolve(new() { ["Slack:BotToken"] = "xoxb-1", ["Slack:AppToken"] = "xapp-1" }).UseSocketMode);
        Assert.False(Resolve(new() { ["Slack:BotToken"] = "xoxb-1", ["Slack:AppToken"] = "xapp-1", ["Slack:SocketMode"] = "false" }).UseSocketMode);
        Assert.False(Resolve(new() { ["Slack:BotToken"] = "xoxb-1" }).UseSocketMode);
    }

    [Theory]
    [InlineData("Slack:BotToken", "xoxp-user-token", "Slack:BotToken")]
    [InlineData("Slack:AppToken", "xoxb-wrong-kind", "Slack:AppToken")]
    [InlineData("Slack:ApiBaseUrl", "not a url", "Slack:ApiBaseUrl")]
    [InlineData("Slack:SocketConnections", "11", "Slack:SocketConnections")]
    [InlineData("Slack:PostMessagesPerMinute", "99999", "Slack:PostMessagesPerMinute")]
    public void InvalidSetting_FailsAtStartWithoutEchoingTheValue(string key, string value, string named)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new() { [key] = value }));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(value, error.Message.Replace(named, string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void SocketModeForcedOnWithoutAnAppToken_FailsAtStart()
        => Assert.Contains("Slack:AppToken", Assert.Throws<OptionsValidationException>(() => Resolve(new() { ["Slack:SocketMode"] = "true" })).Message, StringComparison.Ordinal);

    [Fact]
    public async Task Endpoint_WithoutASigningSecret_RefusesEvenCorrectlySignedRequests()
    {
        await using var slack = await SlackStandIn.StartAsync();
        var bot = new ScriptedGoalBot();
        CountingBackgroundTurns? queue = null;
        await using var host = await SlackBotHost.StartAsync(slack, bot, configure: s => s["Slack:SigningSecret"] = null, services: services =>
        {
            // The endpoint hands work to the background queue before it answers, so a refused request that left no
            // work there has reached nothing.
            services.AddSingleton<BackgroundTurns>();
            services.AddSingleton<IBackgroundTurns>(sp => queue = new CountingBackgroundTurns(sp.GetRequiredService<BackgroundTurns>()));
            services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<BackgroundTurns>());
        });

        using var response = await slack.PostEventAsync(host.EventsUrl, SlackFixtures.DirectMessage("Ev-nosecret", "hi"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.NotNull(queue);
        Assert.Equal(0, queue.Offered);
        Assert.True(bot.Activities.IsEmpty, "an unverifiable request reached the bot");
    }

    [Fact]
    public async Task Endpoint_WithoutABotToken_AnswersThatSlackIsOff()
    {
        await using var slack = await SlackStandIn.StartAsync();
        await using var host = await SlackBotHost.StartAsync(slack, new ScriptedGoalBot(), configure: s => s["Slack:BotToken"] = null);

        using var response = await slack.PostEventAsync(host.EventsUrl, SlackFixtures.DirectMessage("Ev-off", "hi"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty(slack.Calls);
    }

    private sealed class CountingBackgroundTurns(BackgroundTurns inner) : IBackgroundTurns
    {
        private int _offered;

        public int Offered => Volatile.Read(ref _offered);

        public ValueTask<bool> TryEnqueueAsync<TWork>(TWork work, CancellationToken cancellationToken)
            where TWork : class, ITurnWork
        {
            Interlocked.Increment(ref _offered);
            return inner.TryEnqueueAsync(work, cancellationToken);
        }

        public ValueTask<bool> EnqueueAsync<TWork>(TWork work, CancellationToken cancellationToken)
            where TWork : class, ITurnWork
        {
            Interlocked.Increment(ref _offered);
            return inner.EnqueueAsync(work, cancellationToken);
        }

        public ValueTask EnqueueMustNotDropAsync<TWork>(TWork work, CancellationToken cancellationToken)
            where TWork : class, ITurnWork
        {
            Interlocked.Increment(ref _offered);
            return inner.EnqueueMustNotDropAsync(work, cancellationToken);
        }
    }
}
