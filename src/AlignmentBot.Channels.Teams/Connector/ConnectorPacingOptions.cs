namespace AlignmentBot.Channels.Teams.Connector;

/// <summary>How fast the bot lets itself call the Bot Connector (BotFramework:Pacing).</summary>
public sealed class ConnectorPacingOptions
{
    public const string Section = "BotFramework:Pacing";

    /// <summary>Teams' documented global limit per app per tenant is 50 requests a second (older texts said 30).</summary>
    public const int DefaultPerTenantPerSecond = 50;

    public const int MaxPerTenantPerSecond = 100_000;

    /// <summary>
    /// Connector calls per second per tenant (Teams) or service URL (other channels). 0 turns tenant pacing off, for a
    /// stand-in that is not Teams; the per-conversation limits always apply.
    /// </summary>
    public int PerTenantPerSecond { get; set; } = DefaultPerTenantPerSecond;

    /// <summary>
    /// False turns all pacing off, the per-conversation limits too: only for a stand-in Connector (the load harness),
    /// never for Teams, where the bot would then live on 429s. Throttling answers are still honoured either way.
    /// </summary>
    public bool Enabled { get; set; } = true;
}
