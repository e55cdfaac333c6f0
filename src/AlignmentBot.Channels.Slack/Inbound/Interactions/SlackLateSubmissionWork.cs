using AlignmentBot.Channels.Slack.Delivery;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Channels.Slack.Inbound.Interactions;

/// <summary>
/// A modal submission whose turn outlived Slack's budget: the modal was closed, the turn is still running inside this
/// process, and its answer goes out by message when it ends. The one queued item that holds a live task rather than
/// data: a durable queue would record the submission before its turn instead, and a resumed one answers by message.
/// </summary>
internal sealed record SlackLateSubmissionWork(Task<PendingDelivery<ReplyContext>> Turn, string? TriggerId) : ITurnWork
{
    public string Description => $"slack late modal submission {TriggerId}";
}
