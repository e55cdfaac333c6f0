namespace AlignmentBot.Application.Privacy;

/// <summary>Configuration section "Privacy".</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>
    /// People who may forget others and read the change history besides leadership: a platform user id ("U0123ABC",
    /// an AAD object id) or "workspace/user" to name one workspace's person. Stands in until admins are managed in chat.
    /// </summary>
    public List<string> Admins { get; set; } = [];

    /// <summary>How long a workspace's data is kept after the app was uninstalled, so a reinstall finds it. Default 30 days.</summary>
    public TimeSpan UninstallGracePeriod { get; set; } = TimeSpan.FromDays(30);
}
