namespace AlignmentBot.Host.Configuration;

/// <summary>The values of Storage:Provider.</summary>
public enum StorageProvider
{
    /// <summary>One process, one file. The default.</summary>
    Sqlite,

    /// <summary>One or several instances on a PostgreSQL database.</summary>
    Postgres,
}
