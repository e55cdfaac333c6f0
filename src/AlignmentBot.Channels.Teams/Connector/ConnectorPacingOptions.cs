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

    public const int DefaultHeadroomPercent = 2;

    public const int MaxHeadroomPercent = 50;

    /// <summary>
    /// How far under <see cref="PerTenantPerSecond"/> the tenant's sends are spaced. Teams counts calls as they
    /// arrive, and a call sent on time can arrive a few milliseconds late: at exactly 50 a second, one late call
    /// puts a 51st into someone's second and earns a 429 with a second's Retry-After. 2% (49 a second) leaves
    /// 20 ms for that. Measured on the digest fan-out benchmark against stand-ins enforcing 50 a second: 7.32 s at
    /// 0% with about 60 Teams 429s a run, 6.83 s at 2% with about 2.
    /// </summary>
    public int HeadroomPercent { get; set; } = DefaultHeadroomPercent;

    /// <summary>
    /// False turns all pacing off, the per-conversation limits too: only for a stand-in Connector (the load harness),
    /// never for Teams, where the bot would then live on 429s. Throttling answers are still honoured either way.
    /// </summary>
    public bool Enabled { get; set; } = true;
}
