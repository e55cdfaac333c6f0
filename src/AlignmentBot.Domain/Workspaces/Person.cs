namespace AlignmentBot.Domain.Workspaces;

/// <summary>
/// Someone who talks to the bot: a platform identity (Slack team + user id, Teams tenant + AAD object id) with the name and
/// time zone the platform gives. The role is granted by an admin; asking for one is a request.
/// </summary>
public sealed record Person(WorkspaceId WorkspaceId, string UserId, string DisplayName, Role? Role = null, string? TimeZone = null)
{
    /// <summary>Made admin in chat (or by the demo). Platform admins and configured admins are worked out on every turn.</summary>
    public bool IsAdmin { get; init; }

    /// <summary>
    /// A platform admin or owner the last time they talked to the bot (Slack is_admin / is_owner). Only for finding admins to
    /// ask or name; permissions use what the platform says on each turn.
    /// </summary>
    public bool IsPlatformAdmin { get; init; }

    /// <summary>Teams: the channel account id ("29:…") to address the person by, when <see cref="UserId"/> is the AAD object id.</summary>
    public string? AddressId { get; init; }

    /// <summary>The key of the person's 1:1 conversation with the bot, once they have had one (for proactive cards).</summary>
    public string? PersonalConversation { get; init; }

    public Function? Function => Role is { } role ? Roles.FunctionOf(role) : null;

    public PersonRef Ref => new(UserId, DisplayName);
}
