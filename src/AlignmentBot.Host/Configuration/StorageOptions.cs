namespace AlignmentBot.Host.Configuration;

/// <summary>The "Storage" section. The connection string itself lives in ConnectionStrings:AlignmentBot.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public string Provider { get; set; } = "Sqlite";

    /// <summary>
    /// SQLite: how long a write waits for a lock held by another connection or process (a `db` or `import` command, a
    /// backup) before it fails. A turn that fails this way waits in the inbox and is tried again.
    /// </summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
