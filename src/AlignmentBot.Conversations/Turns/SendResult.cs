namespace AlignmentBot.Conversations.Turns;

/// <param name="MessageId">The platform's id of the posted message (Teams activity id, Slack ts).</param>
/// <param name="Error">Why it failed, safe to log and show (no tokens).</param>
/// <param name="Permanent">True when retrying cannot help (bot removed, channel archived, 403 MessageWritesBlocked).</param>
public sealed record SendResult(bool Delivered, string? MessageId = null, string? Error = null, bool Permanent = false)
{
    public static SendResult Ok(string? messageId) => new(true, messageId);

    public static SendResult Failed(string error, bool permanent) => new(false, null, error, permanent);
}
