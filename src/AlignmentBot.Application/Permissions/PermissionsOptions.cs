namespace AlignmentBot.Application.Permissions;

/// <summary>The "Permissions" configuration section.</summary>
public sealed class PermissionsOptions
{
    public const string Section = "Permissions";

    /// <summary>
    /// Admins per workspace, by user id: <c>Permissions:Admins:T0123ABC:0 = U0456DEF</c> for a Slack team, the AAD object id of
    /// a person for a Teams tenant. This is how the first admin comes to be on Teams, where a bot cannot read tenant roles.
    /// </summary>
    public Dictionary<string, string[]> Admins { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How long a button or form on a card stays usable (its server-side reference is kept that long).</summary>
    public TimeSpan ReferenceLifetime { get; set; } = TimeSpan.FromDays(30);

    public bool IsConfiguredAdmin(string workspaceId, string userId)
        => Admins.TryGetValue(workspaceId, out var ids) && ids.Any(id => string.Equals(id?.Trim(), userId, StringComparison.OrdinalIgnoreCase));
}
