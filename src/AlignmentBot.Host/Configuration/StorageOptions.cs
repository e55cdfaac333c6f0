namespace AlignmentBot.Host.Configuration;

/// <summary>The "Storage" section. The connection string itself lives in ConnectionStrings:AlignmentBot.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public string Provider { get; set; } = "Sqlite";
}
