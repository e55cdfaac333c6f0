using System.Net.Http.Headers;
using System.Text;
using AlignmentBot.Conversations.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Channels.Teams.Tests.Support;

/// <summary>The Teams channel alone in a real Kestrel host on loopback, with a scripted bot.</summary>
public sealed class TeamsTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TeamsTestHost(WebApplication app, ScriptedBot bot, ListLoggerProvider logs, string baseUrl)
    {
        _app = app;
        Bot = bot;
        Logs = logs;
        BaseUrl = baseUrl;
        Http = new HttpClient { BaseAddress = new Uri(baseUrl) };
    }

    public ScriptedBot Bot { get; }

    public ListLoggerProvider Logs { get; }

    public string BaseUrl { get; }

    public HttpClient Http { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// With <paramref name="identity"/>: authentication on, keys and tokens from the stand-in, Connector calls allowed to
    /// 127.0.0.1 (and no other host). Without: the anonymous local mode.
    /// <paramref name="services"/> runs after the channel's services are added, so a test can replace one.
    /// </summary>
    public static async Task<TeamsTestHost> StartAsync(TestIdentity? identity, Action<Dictionary<string, string?>>? configure = null, Action<IServiceCollection>? services = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["BotFramework:Retry:BaseDelay"] = "00:00:00.020",
            ["BotFramework:Retry:MaxDelay"] = "00:00:00.200",
        };
        if (identity is not null)
        {
            settings["MicrosoftAppId"] = TestIdentity.BotAppId;
            settings["MicrosoftAppPassword"] = TestIdentity.BotPassword;
            settings["MicrosoftAppType"] = "MultiTenant";
            settings["BotFramework:OpenIdMetadataUrl"] = identity.MetadataUrl;
            settings["BotFramework:BotOpenIdMetadataUrl"] = identity.EntraMetadataUrl;
            settings["BotFramework:TokenEndpoint"] = identity.TokenEndpoint;
            // The stand-ins play the Bot Connector on 127.0.0.1: that is the one Connector host these tests allow.
            settings["BotFramework:AllowedServiceUrlHosts:0"] = "127.0.0.1";
        }

        configure?.Invoke(settings);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(settings);
        var logs = new ListLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        var bot = new ScriptedBot();
        builder.Services.AddSingleton<IBot>(bot);
        builder.Services.AddTeamsChannel(builder.Configuration);
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapTeamsChannel();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return new TeamsTestHost(app, bot, logs, address);
    }

    public async Task<HttpResponseMessage> PostAsync(string activityJson, string? bearer = null, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(activityJson, Encoding.UTF8, "application/json") };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        configure?.Invoke(request);
        return await Http.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
