namespace AlignmentBot.Conversations.Messages;

/// <summary>What a channel adapter hands the bot: one turn, already authenticated, deduplicated and stripped of protocol detail.</summary>
/// <param name="Id">The channel's id for this activity (Teams activity id, Slack event_id, envelope id); used to handle each turn once.</param>
/// <param name="Text">The text as the person wrote it, with the bot's own @mention removed.</param>
/// <param name="Submission">Set for <see cref="ActivityKind.Submission"/>.</param>
public sealed record IncomingActivity(
    ActivityKind Kind,
    string Id,
    ConversationAddress Conversation,
    UserRef From,
    string? Text,
    DateTimeOffset Timestamp,
    CardSubmission? Submission = null,
    string? Locale = null)
{
    /// <summary>Other people @mentioned in <see cref="Text"/> (never the bot itself).</summary>
    public IReadOnlyList<UserMention> Mentions { get; init; } = [];

    /// <summary>Files shared with the bot in this message (a CSV in a direct message).</summary>
    public IReadOnlyList<SharedFile> Files { get; init; } = [];

    /// <summary>Equal when every value is, the mentions compared one by one: a queued turn read back equals the one written.</summary>
    public bool Equals(IncomingActivity? other)
        => other is not null
           && Kind == other.Kind
           && Id == other.Id
           && Equals(Conversation, other.Conversation)
           && Equals(From, other.From)
           && Text == other.Text
           && Timestamp.Equals(other.Timestamp)
           && Equals(Submission, other.Submission)
           && Locale == other.Locale
           && Mentions.SequenceEqual(other.Mentions)
           && Files.SequenceEqual(other.Files);

    public override int GetHashCode() => HashCode.Combine(Kind, Id, Conversation, From, Text, Timestamp, Locale, Mentions.Count);
}
