using Microsoft.Data.Sqlite;
using Quartz;
using Quartz.Impl;

namespace AlignmentBot.Scheduling;

/// <summary>
/// Where Quartz keeps the digest triggers: one builder call per provider, as Quartz does it.
/// <c>jobs.UseSqlite(cs)</c> puts them in the bot's own SQLite file. A later PostgreSQL, clustered setup is
/// one more method here: <c>UsePersistentStore(s =&gt; { s.UsePostgres(cs); s.UseClustering(); Common(s); })</c>.
/// </summary>
public sealed class DigestJobStoreBuilder
{
    /// <summary>The tables migration 0003 creates.</summary>
    public const string TablePrefix = "QRTZ_";

    internal Action<IQuartzBuilder>? Apply { get; private set; }

    /// <summary>Triggers in the same SQLite database as the rest of the bot's data, so schedules survive restarts.</summary>
    public DigestJobStoreBuilder UseSqlite(string connectionString)
    {
        // The same busy timeout our own stores use: Quartz and the bot write to one file.
        var normalized = new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = 30, Pooling = true }.ToString();
        Apply = q => q.UsePersistentStore(store =>
        {
            store.UseSqlite(normalized);
            Common(store);
        });
        return this;
    }

    /// <summary>Triggers in memory only: for tests and throwaway runs. Missed digests are not caught up after a restart.</summary>
    public DigestJobStoreBuilder UseInMemoryStore()
    {
        Apply = q => q.UseInMemoryStore();
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
