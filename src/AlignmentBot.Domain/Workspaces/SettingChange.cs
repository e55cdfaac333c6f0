namespace AlignmentBot.Domain.Workspaces;

/// <summary>The outcome of setting one workspace setting: the changed workspace, or why the value was refused.</summary>
public sealed record SettingChange(Workspace? Changed, string? Error)
{
    public static SettingChange To(Workspace changed) => new(changed, null);

    public static SettingChange Fail(string error) => new(null, error);
}
