using AlignmentBot.Application.Cards;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Scorecards;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Home;

/// <summary>
/// A person's own page (Slack App Home): the goals they own, the scorecard, and their open requests. Guests and people from
/// other organisations see none of it.
/// </summary>
public sealed class AlignmentHomeView(ScorecardService scorecards, IRequestStore requests, IWorkspaceStore workspaces) : IHomeView
{
    public async Task<IReadOnlyList<Card>> RenderAsync(string channelId, string workspaceId, UserRef user, CancellationToken cancellationToken)
    {
        var id = new WorkspaceId(workspaceId);
        if (user.Standing != UserStanding.Member)
        {
            return [new Card("AlignmentBot", [new TextBlock(user.Standing == UserStanding.Unverified
                ? "I couldn't check your membership of this workspace just now, so there is nothing to show yet. Open this tab again in a minute."
                : "This workspace's goals, scorecard and requests are for its members, so there is nothing to show you here.", TextStyle.Subtle)], null, "home-guest")];
        }

        var person = await workspaces.GetPersonAsync(id, user.Id, cancellationToken);
        var name = person?.DisplayName ?? user.Name;
        var view = await scorecards.BuildAsync(id, cancellationToken);
        var cards = new List<Card>();

        var mine = view.Scorecard.Lines.Where(l => l.Goal.OwnerId is { } owner ? owner == user.Id : string.Equals(l.Goal.OwnerName, name, StringComparison.OrdinalIgnoreCase)).ToArray();
        cards.Add(new Card($"Your goals, {name}", mine.Length == 0
            ? [new TextBlock("You don't own a goal yet. Say \"we need 200 MQLs a month\" to define one.", TextStyle.Subtle)]
            : mine.Select(l => (CardBlock)new TextBlock($"**{l.Goal.Title(view.Currency)}**: {PaceLabels.Text(l.Pace)}. {l.Explanation}",
                l.Pace is Domain.Scorecards.Pace.OffTrack or Domain.Scorecards.Pace.Missed ? TextStyle.Attention : l.Pace == Domain.Scorecards.Pace.AtRisk ? TextStyle.Warning : TextStyle.Normal)).ToArray(),
            null, "home-goals"));

        if (ScorecardCards.Scorecard(view).Card is { } scorecard)
        {
            cards.Add(scorecard);
        }

        var open = (await requests.ListAsync(id, cancellationToken))
            .Where(r => r.IsOpen && (Mine(r.LoggedById, r.LoggedBy) || Mine(r.RequestedById, r.RequestedBy)))
            .OrderBy(r => r.DueDate ?? DateOnly.MaxValue).Take(10).ToArray();
        cards.Add(new Card("Your open requests", open.Length == 0
            ? [new TextBlock("No open requests. Log one with \"the CEO wants a new brochure by Friday\".", TextStyle.Subtle)]
            : [new TableBlock(["Request", "Asked by", "Due", "Goal"], open.Select(r => new TableRow(
                [r.Title, r.RequestedBy, r.DueDate is { } d ? Formatting.Date(d) : "–", r.IsAligned ? "aligned" : "unaligned"], r.IsAligned ? Tone.Default : Tone.Warning)).ToArray())],
            null, "home-requests"));
        return cards;

        bool Mine(string? id, string text) => id is not null ? id == user.Id : string.Equals(text, name, StringComparison.OrdinalIgnoreCase);
    }
}
