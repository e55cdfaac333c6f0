using AlignmentBot.Application.Digests;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Digests;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Scheduling.Tests.FanOut.StandIns;

namespace AlignmentBot.Scheduling.Tests.FanOut;

/// <summary>
/// 1,000 subscriptions over one Slack workspace (a deployment serves one) and two Teams tenants: most channels
/// get one digest, some get two (marketing and leadership in one channel), all due Monday 09:00 in New York.
/// </summary>
public static class FanOutScenario
{
    public static readonly string[] SlackWorkspaces = ["T0NORTH"];
    public static readonly string[] TeamsTenants = ["tenant-east", "tenant-west"];

    public static IReadOnlyList<Workspace> Workspaces()
        => SlackWorkspaces.Select(id => new Workspace(new WorkspaceId(id), Platform.Slack, id, "America/New_York"))
            .Concat(TeamsTenants.Select(id => new Workspace(new WorkspaceId(id), Platform.Teams, id, "America/New_York")))
            .ToArray();

    /// <param name="subscribedAt">Before the Monday they are due, so the occurrence is owed.</param>
    public static IReadOnlyList<DigestSubscription> Subscriptions(FanOutRig rig, DateTimeOffset subscribedAt, int total = 1_000)
    {
        var schedule = new DigestSchedule(DayOfWeek.Monday, new TimeOnly(9, 0), "America/New_York");
        var result = new List<DigestSubscription>(total);
        var workspaces = SlackWorkspaces.Select(w => (w, "slack")).Concat(TeamsTenants.Select(t => (t, "msteams"))).ToArray();
        for (var channel = 0; result.Count < total; channel++)
        {
            var (workspace, platform) = workspaces[channel % workspaces.Length];
            var address = platform == "slack"
                ? new ConversationAddress("slack", workspace, $"C{channel:D6}", Name: $"#team-{channel}", BotId: "U0BOT", IsGroup: true)
                : new ConversationAddress("msteams", workspace, $"19:{channel:D6}@thread.tacv2", ServiceUrl: rig.TeamsServiceUrl, BotId: "28:bot", IsGroup: true, Name: $"Team {channel}");

            // Every tenth channel carries two digests, to exercise the per-channel limits.
            foreach (var audience in channel % 10 == 0 ? [Audience.Marketing, Audience.Leadership] : new[] { Audience.Marketing })
            {
                if (result.Count < total)
                {
                    result.Add(new DigestSubscription(Guid.NewGuid(), new WorkspaceId(workspace), audience, address, schedule, subscribedAt, "fanout", subscribedAt, "fanout"));
                }
            }
        }

        return result;
    }
}
