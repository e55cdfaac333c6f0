using AlignmentBot.Channels.Slack.SocketMode;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Channels.Slack.Tests.StandIn;

/// <summary>Our Slack channel on loopback Kestrel, configured against the stand-in, with a scripted bot.</summary>
public sealed class SlackBotHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SlackBotHost(WebApplication app, Uri baseUrl, ListLoggerProvider logs)
    {
        _app = app;
        EventsUrl = new Uri(baseUrl, "slack/events");
        Logs = logs;
    }

    public Uri EventsUrl { get; }

    /// <summary>Every line this host logged: a signal that background work reached a point, instead of a sleep.</summary>
    public ListLoggerProvider Logs { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<SlackBotHost> StartAsync(
        SlackStandIn standIn,
        IBot bot,
        bool socketMode = false,
        Action<Dictionary<string, string?>>? configure = null,
        Action<IServiceCollection>? services = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = SlackStandIn.BotToken,
            ["Slack:SigningSecret"] = SlackStandIn.SigningSecret,
            ["Slack:ApiBaseUrl"] = standIn.ApiUrl,
            ["Slack:AppToken"] = socketMode ? SlackStandIn.AppToken : null,
            ["Slack:SocketConnections"] = "1",
        };
        configure?.Invoke(settings);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var logs = new ListLoggerProvider();
        builder.Logging.AddProvider(logs).SetMinimumLevel(LogLevel.Information);
        if (Environment.GetEnvironmentVariable("SLACK_TEST_LOGS") == "1")
        {
            builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Debug);
        }

        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton(bot);
        builder.Services.TryAddSingleton(new SocketModeTuning
        {
            HelloTimeout = TimeSpan.FromSeconds(5),
            ReconnectBaseDelay = TimeSpan.FromMilliseconds(50),
            ReconnectMaxDelay = TimeSpan.FromMilliseconds(400),
            Stagger = TimeSpan.FromMilliseconds(100),
            DrainTimeout = TimeSpan.FromSeconds(2),
        });
        services?.Invoke(builder.Services);
        builder.Services.AddSlackChannel(builder.Configuration);
        var app = builder.Build();
        app.MapSlackChannel();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SlackBotHost(app, new Uri(address + "/"), logs);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
