namespace AlignmentBot.Conversations.Messages;

/// <param name="Id">The platform's user id (Teams "29:…" or AAD object id, Slack "U…").</param>
/// <param name="TimeZone">IANA zone when the platform tells us (Slack users.info tz, Teams localTimezone).</param>
public sealed record UserRef(string Id, string Name, string? TimeZone = null);
