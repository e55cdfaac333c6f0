using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Scheduling.Tests.FanOut.StandIns;

/// <summary>
/// Both stand-ins on loopback and senders talking HTTP to them. To run the fan-out against the real channel
/// senders once they are merged, register those instead of <see cref="Senders"/>, with Slack:ApiBaseUrl set to
/// <see cref="SlackApiBase"/> and the Teams addresses' serviceUrl set to <see cref="TeamsServiceUrl"/>.
/// </summary>
public sealed class FanOutRig : IAsyncDisposable
{
    private FanOutRig(SlackStandIn slack, TeamsStandIn teams, HttpClient http, TimeSpan teamsBackoff)
    {
        Slack = slack;
        Teams = teams;
        Http = http;
        Senders = [new StandInSlackSender(http, SlackApiBase), new StandInTeamsSender(http, teamsBackoff)];
    }

    public SlackStandIn Slack { get; }

    public TeamsStandIn Teams { get; }

    public HttpClient Http { get; }

    public IReadOnlyList<IMessageSender> Senders { get; }

    public Uri SlackApiBase => new(Slack.BaseUri, "api/");

    public string TeamsServiceUrl => Teams.BaseUri.ToString();

    public int Throttled => Slack.Throttled + Teams.Throttled;

    public int EarlyRetries => Slack.EarlyRetries + Teams.EarlyRetries;

    public static async Task<FanOutRig> StartAsync(int slackPerWorkspacePerSecond = 100, int teamsPerTenantPerSecond = 50, TimeSpan? teamsBackoff = null)
    {
        var slack = new SlackStandIn(slackPerWorkspacePerSecond);
        var teams = new TeamsStandIn(teamsPerTenantPerSecond);
        await slack.StartAsync();
        await teams.StartAsync();
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(30) };
        return new FanOutRig(slack, teams, http, teamsBackoff ?? TimeSpan.FromMilliseconds(100));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Slack.DisposeAsync();
        await Teams.DisposeAsync();
    }
}
