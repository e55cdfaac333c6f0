using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Digests;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Digests;

/// <summary>A channel that gets one audience's digest on a schedule. One per conversation and audience.</summary>
/// <param name="Address">Everything the channel's sender needs to post into the conversation later.</param>
/// <param name="ScheduleChangedAt">When the subscription was created or last rescheduled: occurrences before it are not owed.</param>
public sealed record DigestSubscription(
    Guid Id,
    WorkspaceId WorkspaceId,
    Audience Audience,
    ConversationAddress Address,
    DigestSchedule Schedule,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset ScheduleChangedAt,
    string ChangedBy)
{
    /// <summary>"#marketing" when the platform told us the name, else the conversation id.</summary>
    public string ChannelLabel => string.IsNullOrWhiteSpace(Address.Name) ? Address.ConversationId : Address.Name;

    /// <summary>The first 8 characters of the id: enough to tell subscriptions apart on the command line.</summary>
    public string ShortId => Id.ToString("N")[..8];
}
