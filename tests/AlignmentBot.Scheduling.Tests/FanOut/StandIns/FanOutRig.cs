using AlignmentBot.Channels.Slack;
using AlignmentBot.Channels.Teams;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Scheduling.Tests.FanOut.StandIns;

/// <summary>
/// Both stand-ins on loopback and the product's own Slack and Teams senders talking HTTP to them, wired exactly
/// as the host wires them (<c>AddSlackChannel</c>, <c>AddTeamsChannel</c>) from configuration that points the
/// Slack Web API, the Entra token endpoint and the Bot Connector at the stand-ins. One Slack workspace per
/// deployment, as the product supports; any number of Teams tenants.
/// </summary>
public sealed class FanOutRig : IAsyncDisposable
{
    /// <summary>The Azure Bot's app id the senders authenticate as (any GUID; the stand-in issues the token).</summary>
    public const string AppId = "8f6c3a52-4a8e-4d2b-9a63-0d1f3c1b7e21";

    private readonly ServiceProvider _channels;

    private FanOutRig(SlackStandIn slack, TeamsStandIn teams, ServiceProvider channels, int slackPerSecond, int teamsPerSecond)
    {
        Slack = slack;
        Teams = teams;
        SlackPerWorkspacePerSecond = slackPerSecond;
        TeamsPerTenantPerSecond = teamsPerSecond;
        _channels = channels;
        Senders = [.. channels.GetServices<IMessageSender>()];
    }

    public SlackStandIn Slack { get; }

    public TeamsStandIn Teams { get; }

    /// <summary>The "slack" and "msteams" senders the host registers.</summary>
    public IReadOnlyList<IMessageSender> Senders { get; }

    public Uri SlackApiBase => new(Slack.BaseUri, "api/");

    public string TeamsServiceUrl => Teams.BaseUri.ToString();

    public int SlackPerWorkspacePerSecond { get; }

    public int TeamsPerTenantPerSecond { get; }

    public int Throttled => Slack.Throttled + Teams.Throttled;

    /// <summary>
    /// The shortest time the stand-ins' limits allow for posting to these addresses (one entry per post): each Slack
    /// workspace's and Teams tenant's posts at its rate, and a Slack channel's n posts at one a second. Teams'
    /// per-conversation limits (7 a second) never bind for a digest or two per channel.
    /// </summary>
    public TimeSpan AllowedFloor(IEnumerable<ConversationAddress> posts)
    {
        var list = posts.ToList();
        var perWorkspace = list.GroupBy(p => (p.ChannelId, p.WorkspaceId))
            .Select(g => (g.Count() - 1) / (double)(g.Key.ChannelId == "slack" ? SlackPerWorkspacePerSecond : TeamsPerTenantPerSecond));
        var perSlackChannel = list.Where(p => p.ChannelId == "slack").GroupBy(p => p.ConversationId).Select(g => g.Count() - 1.0);
        return TimeSpan.FromSeconds(perWorkspace.Concat(perSlackChannel).DefaultIfEmpty(0).Max());
    }

    public int EarlyRetries => Slack.EarlyRetries + Teams.EarlyRetries;

    /// <param name="slackWorkspace">The Slack team the bot token belongs to.</param>
    /// <param name="teamsBaseDelay">The Connector client's first backoff (production: 2 s); Teams' per-conversation 429s carry no Retry-After.</param>
    /// <param name="clientPace">
    /// How fast the senders pace themselves relative to the stand-ins' workspace and tenant limits. 1: at the limit,
    /// as configured for the real platforms. Above 1: the platform allows less than the bot was told, so 429s come
    /// and must be waited out.
    /// </param>
    public static async Task<FanOutRig> StartAsync(string slackWorkspace, int slackPerWorkspacePerSecond = 100, int teamsPerTenantPerSecond = 50, TimeSpan? teamsBaseDelay = null, double clientPace = 1.0)
    {
        var slack = new SlackStandIn(slackPerWorkspacePerSecond);
        var teams = new TeamsStandIn(teamsPerTenantPerSecond);
        await slack.StartAsync();
        await teams.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = SlackStandIn.TokenPrefix + slackWorkspace,
            ["Slack:ApiBaseUrl"] = new Uri(slack.BaseUri, "api/").ToString(),
            // The client's own pace at (or, with clientPace > 1, above) the stand-in's workspace limit. The default
            // 300 a minute would take a minute for the Slack third of the fan-out.
            ["Slack:PostMessagesPerMinute"] = ((int)Math.Round(slackPerWorkspacePerSecond * 60 * clientPace)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = TeamsStandIn.ClientSecret,
            ["BotFramework:TokenEndpoint"] = new Uri(teams.BaseUri, TeamsStandIn.TokenPath).ToString(),
            // The stand-in Connector is on loopback: the one Connector host this rig allows.
            ["BotFramework:AllowedServiceUrlHosts:0"] = teams.BaseUri.Host,
            // The Connector client paces itself to the tenant limit the stand-in enforces (Teams' documented 50/s).
            ["BotFramework:Pacing:PerTenantPerSecond"] = ((int)Math.Round(teamsPerTenantPerSecond * clientPace)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["BotFramework:Retry:BaseDelay"] = (teamsBaseDelay ?? TimeSpan.FromSeconds(2)).ToString("c", System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSlackChannel(configuration);
        services.AddTeamsChannel(configuration);
        return new FanOutRig(slack, teams, services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = false }), slackPerWorkspacePerSecond, teamsPerTenantPerSecond);
    }

    public async ValueTask DisposeAsync()
    {
        await _channels.DisposeAsync();
        await Slack.DisposeAsync();
        await Teams.DisposeAsync();
    }
}
