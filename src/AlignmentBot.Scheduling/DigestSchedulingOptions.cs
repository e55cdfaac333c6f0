namespace AlignmentBot.Scheduling;

/// <summary>Scheduler settings, in the "Digests" section beside <see cref="Application.Digests.DigestOptions"/>.</summary>
public sealed class DigestSchedulingOptions
{
    /// <summary>False runs the host without posting digests (e.g. a second instance on the same SQLite file).</summary>
    public bool SchedulerEnabled { get; set; } = true;

    /// <summary>How often failed posts are retried and dead "sending" records settled.</summary>
    public TimeSpan MaintenanceInterval { get; set; } = TimeSpan.FromMinutes(1);
}
