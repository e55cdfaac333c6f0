namespace AlignmentBot.Application.Audit;

public enum AuditActorKind
{
    /// <summary>Someone in a chat (Slack, Teams, the web chat or the terminal chat).</summary>
    Person,

    /// <summary>A command run by hand on the server (`audit`, `digest`, `demo`, `db purge-workspace`).</summary>
    CommandLine,

    /// <summary>A file imported with `import`.</summary>
    Import,

    /// <summary>The bot itself: scheduled maintenance, a new workspace noticed on first contact.</summary>
    System,
}
