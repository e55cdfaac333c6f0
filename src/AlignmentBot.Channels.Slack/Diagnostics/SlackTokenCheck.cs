namespace AlignmentBot.Channels.Slack.Diagnostics;

/// <summary>
/// What Slack said about the bot token (auth.test): the workspace and bot it belongs to and the scopes it was granted
/// (the x-oauth-scopes header), or Slack's error code. Holds no secret.
/// </summary>
public sealed record SlackTokenCheck(string? Error, string? Team, string? TeamId, string? BotUserId, string? BotId, IReadOnlyList<string>? GrantedScopes)
{
    public bool Ok => Error is null;

    /// <summary>Scopes the product needs (<see cref="SlackScopes.Required"/>) that the token lacks; empty when Slack did not list them.</summary>
    public IReadOnlyList<string> MissingScopes => GrantedScopes is null ? [] : SlackScopes.Required.Except(GrantedScopes, StringComparer.Ordinal).ToArray();
}
