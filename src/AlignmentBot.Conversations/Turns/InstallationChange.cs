namespace AlignmentBot.Conversations.Turns;

/// <summary>The app was removed from, or added back to, a workspace (or one of its conversations), as a channel reports it.</summary>
/// <param name="ChannelId">"slack", "msteams".</param>
/// <param name="Reason">What the platform sent: "app_uninstalled", "tokens_revoked", "installationUpdate remove".</param>
/// <param name="ConversationKey">Set when the change is about one conversation only (Teams removes an app per team, chat or person).</param>
public sealed record InstallationChange(string ChannelId, string WorkspaceId, string Reason, DateTimeOffset At, string? ConversationKey = null);
