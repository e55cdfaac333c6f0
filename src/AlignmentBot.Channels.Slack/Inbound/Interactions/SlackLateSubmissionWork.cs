using AlignmentBot.Channels.Slack.Delivery;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Channels.Slack.Inbound.Interactions;

/// <summary>
/// A modal submission whose turn outlived Slack's budget: the modal was closed, the turn is still running inside this
/// process, and its answer is queued (recorded in the inbox) when it ends. The one queued item that holds a live task
/// rather than data, so it lives in memory only: a crash while such a turn runs loses its answer (the turn itself ran
/// or did not, as with any crash mid-turn). It is not recorded before the turn because Slack does not send a
/// submission again, and a resumed one could not tell whether its turn had saved.
/// </summary>
internal sealed record SlackLateSubmissionWork(Task<PendingDelivery<ReplyContext>> Turn, string? TriggerId) : ITurnWork
{
    public string Description => $"slack late modal submission {TriggerId}";
}
