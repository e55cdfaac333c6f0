using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Conversations.Turns;

/// <summary>
/// A person's own page (Slack App Home tab, a Teams personal tab later): their goals, the scorecard and their
/// open requests, as cards the channel lays out in order.
/// </summary>
public interface IHomeView
{
    Task<IReadOnlyList<Card>> RenderAsync(string channelId, string workspaceId, UserRef user, CancellationToken cancellationToken);
}
