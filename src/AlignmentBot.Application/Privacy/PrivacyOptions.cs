namespace AlignmentBot.Application.Privacy;

/// <summary>Configuration section "Privacy".</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>How long a workspace's data is kept after the app was uninstalled, so a reinstall finds it. Default 30 days.</summary>
    public TimeSpan UninstallGracePeriod { get; set; } = TimeSpan.FromDays(30);
}
