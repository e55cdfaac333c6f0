namespace AlignmentBot.Conversations.Turns;

/// <summary>How work in the inbox is leased, retried and drained (section "Inbox").</summary>
public sealed class InboxOptions
{
    public const string Section = "Inbox";

    /// <summary>
    /// How long a row stays with the instance that took it without being renewed. Running work renews it every third of
    /// this; once it runs out (the instance died), another instance takes the row over.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often unfinished rows whose lease ran out are looked for (and once at start-up).</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Attempts before work that keeps failing is given up (storage faults do not count: those wait for the database).</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait after the first failed attempt; it doubles with each further one, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between attempts.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// On SIGTERM, how long turns already running may take to finish. Everything not started stays in the inbox for the
    /// next start or another instance. Keep it inside the platform's termination grace (30 s on Kubernetes and most
    /// container hosts); the host's own shutdown timeout is set a few seconds above it.
    /// </summary>
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(25);

    /// <summary>
    /// On SQLite (one process), keep the inbox in an append-only journal file beside the database
    /// (<c>alignmentbot.db-inbox</c>) instead of the turn_inbox table: an acknowledgement costs one small record and a share
    /// of one flush instead of several statements. Off: the table, as on PostgreSQL. Unfinished rows left in the table are
    /// moved into the journal at start; switching it off again leaves the journal's unfinished items unread, so drain first.
    /// </summary>
    public bool Journal { get; set; } = true;

    /// <summary>Done rows are kept this long so a late platform retry is still recognised, then deleted.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(1);
}
