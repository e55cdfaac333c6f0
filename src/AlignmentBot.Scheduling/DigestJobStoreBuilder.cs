using Microsoft.Data.Sqlite;
using Quartz;
using Quartz.Impl;

namespace AlignmentBot.Scheduling;

/// <summary>
/// Where Quartz keeps the digest triggers: one builder call per provider, as Quartz does it.
/// <c>jobs.UseSqlite(cs)</c> puts them in the bot's own SQLite file for one process; <c>jobs.UsePostgres(cs)</c>
/// puts them in the shared PostgreSQL database as one Quartz cluster, so each firing runs on exactly one instance
/// and the firings of an instance that died are taken over by the others.
/// </summary>
public sealed class DigestJobStoreBuilder
{
    /// <summary>The tables migration 0003 creates.</summary>
    public const string TablePrefix = "QRTZ_";

    internal Action<IQuartzBuilder, DigestSchedulingOptions>? Apply { get; private set; }

    /// <summary>True when several instances share the store (clustered).</summary>
    public bool Clustered { get; private set; }

    /// <summary>Triggers in the same SQLite database as the rest of the bot's data, so schedules survive restarts.</summary>
    public DigestJobStoreBuilder UseSqlite(string connectionString)
    {
        // The same busy timeout our own stores use: Quartz and the bot write to one file.
        var normalized = new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = 30, Pooling = true }.ToString();
        Apply = (q, _) => q.UsePersistentStore(store =>
        {
            store.UseSqlite(normalized);
            Common(store);
        });
        Clustered = false;
        return this;
    }

    /// <summary>
    /// Triggers in the bot's PostgreSQL database, clustered: every instance runs a scheduler, a row lock in QRTZ_LOCKS
    /// decides which one fires each trigger, and each instance checks in every <c>Digests:ClusterCheckinInterval</c>.
    /// An instance that misses its check-in by more than <c>Digests:ClusterCheckinMisfireThreshold</c> is declared
    /// dead; the others then release the triggers it had acquired and fire again the jobs it was running (they
    /// request recovery).
    /// </summary>
    public DigestJobStoreBuilder UsePostgres(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        Apply = (q, options) => q.UsePersistentStore(store =>
        {
            store.UsePostgres(connectionString);
            store.UseClustering(c =>
            {
                c.CheckinInterval = options.ClusterCheckinInterval ?? c.CheckinInterval;
                c.CheckinMisfireThreshold = options.ClusterCheckinMisfireThreshold ?? c.CheckinMisfireThreshold;
            });
            Common(store);
        });
        Clustered = true;
        return this;
    }

    /// <summary>Triggers in memory only: for tests and throwaway runs. Missed digests are not caught up after a restart.</summary>
    public DigestJobStoreBuilder UseInMemoryStore()
    {
        Apply = (q, _) => q.UseInMemoryStore();
        Clustered = false;
        return this;
    }

    private static void Common(IPersistentStoreBuilder store)
    {
        store.UseSerializer<SystemTextJsonObjectSerializer>();
        store.ConfigureStore(options =>
        {
            options.TablePrefix = TablePrefix;

            // Our migration owns the schema; Quartz only checks it is there and says what is missing.
            options.SchemaProvisioning = SchemaProvisioning.Validate;

            // A trigger more than a minute late counts as misfired and fires once (FireAndProceed); whether it is
            // still worth sending is the digest job's decision (the grace period), not the store's.
            options.MisfireThreshold = TimeSpan.FromMinutes(1);
        });
    }
}
