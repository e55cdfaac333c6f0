namespace AlignmentBot.Scheduling;

/// <summary>Scheduler settings, in the "Digests" section beside <see cref="Application.Digests.DigestOptions"/>.</summary>
public sealed class DigestSchedulingOptions
{
    public const string Section = Application.Digests.DigestOptions.Section;

    /// <summary>False runs the host without posting digests (e.g. a second instance on the same SQLite file).</summary>
    public bool SchedulerEnabled { get; set; } = true;

    /// <summary>How often failed posts are retried and dead "sending" records settled.</summary>
    public TimeSpan MaintenanceInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Clustered (PostgreSQL) only: how often each instance tells the others it is alive. Unset: Quartz's default.</summary>
    public TimeSpan? ClusterCheckinInterval { get; set; }

    /// <summary>
    /// Clustered only: how long past a missed check-in an instance counts as dead, after which the others take over
    /// its triggers and re-fire the digest jobs it was running. Unset: Quartz's default.
    /// </summary>
    public TimeSpan? ClusterCheckinMisfireThreshold { get; set; }
}
