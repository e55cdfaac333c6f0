namespace AlignmentBot.Conversations.Messages;

/// <summary>Who wrote or pressed, as the platform identifies them.</summary>
/// <param name="Id">The person's key: the Slack user id ("U…"); for Teams the AAD object id when the activity carries it, else the channel account id.</param>
/// <param name="TimeZone">IANA zone when the platform tells us (Slack users.info tz, Teams localTimezone).</param>
public sealed record UserRef(string Id, string Name, string? TimeZone = null)
{
    /// <summary>Teams: the channel account id ("29:…") the person is addressed by, when <see cref="Id"/> is their AAD object id.</summary>
    public string? AddressId { get; init; }

    /// <summary>How the platform says the person belongs to the workspace; channels that cannot tell leave <see cref="UserStanding.Member"/>.</summary>
    public UserStanding Standing { get; init; } = UserStanding.Member;

    /// <summary>A workspace admin or owner on the platform itself (Slack is_admin / is_owner / is_primary_owner).</summary>
    public bool IsPlatformAdmin { get; init; }
}
