namespace AlignmentBot.Domain.Permissions;

/// <summary>How a person belongs to the workspace, as the platform says.</summary>
public enum Membership
{
    /// <summary>A full member of the Slack team or Teams tenant.</summary>
    Member,

    /// <summary>A Slack guest (single- or multi-channel) or a Teams guest account.</summary>
    Guest,

    /// <summary>Someone from another organisation, e.g. a Slack Connect user in a shared channel.</summary>
    External,

    /// <summary>The platform could not be asked just now; treated like a guest until it can.</summary>
    Unverified,
}
