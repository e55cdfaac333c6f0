using AlignmentBot.Application.Demo;
using AlignmentBot.Application.Ports;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Permissions;
using AlignmentBot.Domain.Workspaces;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Testing.Matrix;

/// <summary>
/// The permission matrix as a table both channel test projects walk end to end (Slack's signed requests against the Slack
/// stand-in, Teams activities against /api/messages with the Connector stand-in): every row, every kind of person, allowed
/// or refused, with the answer each gets. The workspace is the demo company plus these personas.
/// </summary>
public static class PermissionMatrixTable
{
    public static IReadOnlyList<MatrixPersona> Personas { get; } =
    [
        new("lead", "Lena Leadership", Role.Leadership),
        new("mlead", "Mara Marketinglead", Role.MarketingLead),
        new("mkt", "Milo Marketer", Role.Marketer),
        new("slead", "Sandro Saleslead", Role.SalesLead),
        new("rep", "Rita Rep", Role.SalesRep),
        new("admin", "Ada Admin", null, Admin: true),
        new("norole", "Nico Norole", null),
        new("guest", "Gwen Guest", null, Standing: UserStanding.Guest),
        new("outsider", "Otto Outsider", null, Standing: UserStanding.External),
    ];

    /// <summary>A person roles are given to, who is none of the personas.</summary>
    public const string TargetName = "Tom Target";

    public static IReadOnlyList<MatrixCase> Cases { get; } =
    [
        new("read the scorecard", PermissionAction.Read, "members", "is marketing working?", ["Is marketing working?", "Scorecard, as of"], ""),
        new("set a company goal", PermissionAction.DefineCompanyGoal, "L admin", "grow revenue 10% next year", ["Who owns this goal?", "please confirm"],
            "Only leadership or an admin can set a company goal", Cleanup: "cancel"),
        new("set a marketing goal", PermissionAction.DefineFunctionGoal, "L ML admin", "we need 240 MQLs a month by end of next year", ["Who owns this goal?", "please confirm"],
            "Only the marketing lead, leadership or an admin can set a marketing goal", Cleanup: "cancel"),
        new("set a sales goal", PermissionAction.DefineFunctionGoal, "L SL admin", "cut lead follow-up time to 12 hours by end of next year", ["Who owns this goal?", "please confirm"],
            "Only the sales lead, leadership or an admin can set a sales goal", Cleanup: "cancel"),
        new("check in sales numbers", PermissionAction.CheckIn, "SL SR admin", "opportunities this week: 20", ["Recorded 20 opportunities"],
            "Only sales, the goal's owner or an admin can record these numbers"),
        new("log a request", PermissionAction.LogRequest, "members", "log a request: a new brochure for the trade show", ["Who asked for it?"], "", Cleanup: "cancel"),
        // Each allowed verdict is taken back right after, so the next persona finds the lead pending again: a verdict on a
        // lead someone already decided is no longer a fresh decision (only its decider or an admin may change it).
        new("decide on a lead", PermissionAction.DecideLead, "SL SR", "reject lead DEMO-1001, no budget", ["Rejected lead DEMO-1001"],
            "Only sales (the sales lead and sales reps) can accept or reject leads", Cleanup: "undo that"),
        new("undo someone's lead decision", PermissionAction.UndoLeadDecision, "SR admin", null, ["Undone: lead DEMO-1063"],
            "Only the person who made this decision or an admin can undo it", SetupBy: "rep", Setup: ["reject lead DEMO-1063, they have no budget"], Button: "Undo"),
        new("decline an unaligned request", PermissionAction.DeclineRequest, "ML M admin", null, ["Declined"],
            "Only marketing, the person who logged the request or an admin can decline it",
            SetupBy: "mkt", Setup: ["Marco asked for a video of the office party", "none"], Button: "Decline it"),
        new("propose the lead agreement", PermissionAction.ProposeSla, "L ML SL", "propose an SLA: 200 MQLs a month, follow up within 24 hours", ["Proposed lead agreement (SLA)"],
            "Only the marketing lead, the sales lead or leadership can propose the lead agreement"),
        new("confirm the agreement for sales", PermissionAction.ConfirmSla, "SL", null, ["in force"], "Only a sales lead can confirm for sales",
            SetupBy: "mlead", Setup: ["propose an SLA: 180 MQLs a month, follow up within 24 hours"], Button: "Confirm for sales"),
        new("change this channel's digest", PermissionAction.ManageChannelDigest, "anyrole admin", "send the weekly digest here every Monday at 9", ["Monday at 09:00"],
            "Only people with a role who are in this channel, or an admin, can change its digest", InChannel: true),
        new("add a digest holiday", PermissionAction.ManageWorkspace, "admin", "no digest on December 28", ["Done: no digests on"],
            "Only an admin can change workspace settings such as digest holidays"),
        new("give a role", PermissionAction.ManageRoles, "admin", $"make {TargetName} a sales rep", ["sales rep now", "already a sales rep"],
            "Only an admin can give roles and admin rights"),
        new("ask for a role", PermissionAction.RequestRole, "members", "I'm in marketing now", ["that is a request for now", "you're a marketer now", "already noted as a marketer"], ""),
    ];

    /// <summary>Whether the row lets the persona do it.</summary>
    public static bool Allows(MatrixCase row, MatrixPersona persona)
    {
        if (persona.Standing != UserStanding.Member)
        {
            return false;
        }

        var who = row.Who.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return who.Contains("members") || (persona.Admin && who.Contains("admin")) || (persona.Role is { } role && (who.Contains("anyrole") || who.Contains(Code(role))));
    }

    /// <summary>The demo company, the personas with their roles, and the target of role commands, in <paramref name="workspace"/>.</summary>
    /// <param name="idOf">The persona's key on this platform (a Slack user id, a Teams AAD object id).</param>
    public static async Task SeedAsync(IServiceProvider services, string workspace, Func<MatrixPersona, string> idOf, string targetId, TimeProvider time)
    {
        var id = new WorkspaceId(workspace);
        var (_, problem) = await services.GetRequiredService<DemoSeeder>().SeedAsync(id, force: true, default);
        Xunit.Assert.Null(problem);
        var people = services.GetRequiredService<IWorkspaceStore>();
        var requests = services.GetRequiredService<IRoleRequestStore>();
        foreach (var persona in Personas.Where(p => p.Standing == UserStanding.Member))
        {
            await people.SavePersonAsync(new Person(id, idOf(persona), persona.Name, persona.Role), default);
            if (persona.Role is null)
            {
                // They answered the first-contact question long ago, so it is not asked again in the middle of the walk.
                await requests.SaveAsync(new RoleRequest(Guid.NewGuid(), id, idOf(persona), persona.Name, Role.Marketer, time.GetUtcNow().AddDays(-30),
                    RoleRequestStatus.Declined, new PersonRef("demo-dana", "Dana Whitfield (CEO)"), time.GetUtcNow().AddDays(-29)), default);
            }
        }

        await people.SavePersonAsync(new Person(id, targetId, TargetName), default);
    }

    /// <summary>Walks one row through a channel; every way a persona's answer was wrong, in words.</summary>
    public static async Task<IReadOnlyList<string>> WalkAsync(IMatrixChannel channel, MatrixCase row)
    {
        var failures = new List<string>();
        MatrixButton? button = null;
        if (row.Setup is { } setup)
        {
            var by = Personas.Single(p => p.Key == row.SetupBy);
            IReadOnlyList<MatrixReply> replies = [];
            for (var i = 0; i < setup.Count; i++)
            {
                var last = i == setup.Count - 1;
                replies = await channel.SayAsync(by, setup[i], row.InChannel,
                    r => last ? r.SelectMany(x => x.Buttons).Any(b => b.Title.Contains(row.Button!, StringComparison.Ordinal)) : r.Count > 0);
            }

            button = replies.SelectMany(r => r.Buttons).LastOrDefault(b => b.Title.Contains(row.Button!, StringComparison.Ordinal));
            if (button is null)
            {
                return [$"{row}: setup by {by} showed no \"{row.Button}\" button; it got:\n{Render(replies)}"];
            }
        }

        foreach (var persona in Personas)
        {
            Func<IReadOnlyList<MatrixReply>, bool> answered = r => Answered(row, Render(r));
            var replies = row.Say is { } say ? await channel.SayAsync(persona, say, row.InChannel, answered) : await channel.PressAsync(persona, button!, row.InChannel, answered);
            var text = Render(replies);
            var ran = row.Allowed.Any(a => text.Contains(a, StringComparison.Ordinal));
            if (Allows(row, persona))
            {
                if (!ran)
                {
                    failures.Add($"{row}: {persona} should be allowed, but got:\n{text}");
                }
            }
            else
            {
                var refusal = RefusalFor(row, persona);
                if (ran || !text.Contains(refusal, StringComparison.Ordinal))
                {
                    failures.Add($"{row}: {persona} should be refused with \"{refusal}\", but got:\n{text}");
                }
            }

            if (row.Cleanup is { } cleanup)
            {
                await channel.SayAsync(persona, cleanup, row.InChannel, r => r.Count > 0);
            }
        }

        return failures;
    }

    /// <summary>What a refused persona must be told: guests and outsiders politely why, members who can.</summary>
    public static string RefusalFor(MatrixCase row, MatrixPersona persona) => persona.Standing switch
    {
        UserStanding.Guest => "you're a guest",
        UserStanding.External => "you're from another organisation",
        _ => row.Refused,
    };

    /// <summary>Any allowed marker, any refusal: how a channel knows the bot has answered a turn of this row.</summary>
    public static bool Answered(MatrixCase row, string text)
        => row.Allowed.Concat([row.Refused, "you're a guest", "you're from another organisation", "couldn't check your membership"])
            .Any(marker => marker.Length > 0 && text.Contains(marker, StringComparison.Ordinal));

    public static string Render(IEnumerable<MatrixReply> replies) => string.Join("\n", replies.Select(r => r.Text));

    private static string Code(Role role) => role switch
    {
        Role.Leadership => "L",
        Role.MarketingLead => "ML",
        Role.Marketer => "M",
        Role.SalesLead => "SL",
        _ => "SR",
    };
}
