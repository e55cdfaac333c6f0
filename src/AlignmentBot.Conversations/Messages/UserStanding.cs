namespace AlignmentBot.Conversations.Messages;

/// <summary>How a person belongs to the workspace, as the channel found out from the platform.</summary>
public enum UserStanding
{
    Member,

    /// <summary>Slack guest (is_restricted, is_ultra_restricted); Teams guest account (userRole "guest").</summary>
    Guest,

    /// <summary>From another organisation: a Slack Connect user whose team is not the workspace's.</summary>
    External,

    /// <summary>The platform could not be asked (users.info or the Connector failed); not trusted until it can.</summary>
    Unverified,
}
