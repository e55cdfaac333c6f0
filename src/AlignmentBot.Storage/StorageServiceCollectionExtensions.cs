using AlignmentBot.Application.Audit;
using AlignmentBot.Application.Ports;
using AlignmentBot.Conversations;
using AlignmentBot.Conversations.State;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Storage.Crm;
using AlignmentBot.Storage.Faults;
using AlignmentBot.Storage.Inbox;
using AlignmentBot.Storage.Migrations;
using AlignmentBot.Storage.Secrets;
using AlignmentBot.Storage.Sql;
using AlignmentBot.Storage.Stores;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Storage;

public static class StorageServiceCollectionExtensions
{
    public const string DefaultSqliteConnectionString = "Data Source=alignmentbot.db";

    public static IServiceCollection AddAlignmentStorage(this IServiceCollection services, Action<StorageBuilder> configure)
    {
        var builder = new StorageBuilder(services);
        configure(builder);
        if (!builder.ProviderChosen)
        {
            throw new InvalidOperationException("Choose a storage provider, e.g. storage.UseSqlite(\"Data Source=alignmentbot.db\").");
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AuditTrail>();
        services.TryAddSingleton<SqlAuditLog>();
        services.TryAddSingleton<IAuditLog>(sp => sp.GetRequiredService<SqlAuditLog>());
        services.AddOptions<AuditOptions>();
        services.TryAddSingleton<IPersonalDataStore, SqlPersonalDataStore>();
        services.TryAddSingleton<SqlWorkspaceDeletionStore>();
        services.TryAddSingleton<IWorkspaceDeletionStore>(sp => sp.GetRequiredService<SqlWorkspaceDeletionStore>());
        services.TryAddSingleton<DatabaseMigrator>();
        services.AddHostedService<MigrateOnStart>();
        services.TryAddSingleton<IWorkspaceStore, SqlWorkspaceStore>();
        services.TryAddSingleton<IGoalStore, SqlGoalStore>();
        services.TryAddSingleton<IMeasurementStore, SqlMeasurementStore>();
        services.TryAddSingleton<IRequestStore, SqlRequestStore>();
        services.TryAddSingleton<ILeadStore, SqlLeadStore>();
        services.TryAddSingleton<ISlaStore, SqlSlaStore>();
        services.TryAddSingleton<IRoleRequestStore, SqlRoleRequestStore>();
        services.TryAddSingleton<SqlActionReferenceStore>();
        services.TryAddSingleton<IActionReferenceStore>(sp => sp.GetRequiredService<SqlActionReferenceStore>());
        services.TryAddSingleton<IAccountListStore, SqlAccountListStore>();
        services.TryAddSingleton<IImportStore, SqlImportStore>();
        services.TryAddSingleton<IStorageHealth>(sp => ActivatorUtilities.CreateInstance<SqlStorageHealth>(sp, sp.GetRequiredService<IStoredInbox>()));
        services.TryAddSingleton<IConversationDirectory, SqlConversationDirectory>();
        services.TryAddSingleton<SqlConversationStateStore>();
        var cachePolicy = builder.SharedByInstances ? StateCachePolicy.RevalidateEachRead : StateCachePolicy.TrustCache;
        services.AddStateCache();
        services.TryAddSingleton<IConversationStateStore>(sp => new CachedConversationStateStore(sp.GetRequiredService<SqlConversationStateStore>(), sp.GetRequiredService<ConversationStateCache>().Memory, cachePolicy));

        // Inbound dedupe in the database, on every engine: a retry that reaches another instance, or this one after a
        // restart, still finds the first delivery. Several instances let the insert decide. One process on SQLite decides
        // in memory and writes the ids behind it in batches: SQLite has one writer, and an insert per request made
        // every Slack event and Teams message queue for the file lock.
        services.TryAddSingleton<SqlInboundDeduplicator>();
        if (builder.SharedByInstances)
        {
            services.Replace(ServiceDescriptor.Singleton<IInboundDeduplicator>(sp => sp.GetRequiredService<SqlInboundDeduplicator>()));
        }
        else
        {
            services.TryAddSingleton<WriteBehindInboundDeduplicator>();
            services.Replace(ServiceDescriptor.Singleton<IInboundDeduplicator>(sp => sp.GetRequiredService<WriteBehindInboundDeduplicator>()));
        }

        // The inbox: every acknowledged event and message is a row before the platform hears back, and storage faults
        // defer turns instead of dropping them. Registered over the in-memory defaults the channels would add.
        services.TryAddSingleton(sp => new SqlTurnInbox(
            sp.GetRequiredService<IDbConnectionFactory>(), builder.SharedByInstances, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<SqlTurnInbox>>()));
        // One process on a SQLite file keeps it in a journal beside the database (Inbox:Journal, on by default).
        services.TryAddSingleton<IStoredInbox>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<InboxOptions>>().Value;
            if (!builder.SharedByInstances && sp.GetRequiredService<IDbConnectionFactory>() is SqliteConnectionFactory { FilePath: { } file })
            {
                if (options.Journal)
                {
                    return new JournalTurnInbox(
                        file + JournalTurnInbox.Suffix, sp.GetRequiredService<SqlTurnInbox>(), options.Retention, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<JournalTurnInbox>>());
                }

                // Turned off with items still in the journal: stop rather than leave them unanswered.
                JournalTurnInbox.RefuseIfUnfinished(file + JournalTurnInbox.Suffix, options.Retention);
            }

            return sp.GetRequiredService<SqlTurnInbox>();
        });
        services.Replace(ServiceDescriptor.Singleton<ITurnInbox>(sp => sp.GetRequiredService<IStoredInbox>()));
        services.Replace(ServiceDescriptor.Singleton<IStorageFaults, SqlStorageFaults>());

        services.TryAddSingleton<SqlSharedItemStore>();
        services.AddHostedService<ExpiredRowsCleanup>();
        if (builder.SharedByInstances)
        {
            // What a channel parks for later (a Slack form behind a button) must be readable by every instance.
            services.TryAddSingleton<ISharedItemStore>(sp => sp.GetRequiredService<SqlSharedItemStore>());
        }

        // Weekly digests.
        services.TryAddSingleton<IDigestSubscriptionStore, SqlDigestSubscriptionStore>();
        services.TryAddSingleton<IDigestDeliveryStore, SqlDigestDeliveryStore>();
        services.TryAddSingleton<IReminderStore, SqlReminderStore>();
        services.TryAddSingleton<IDigestHolidayStore, SqlDigestHolidayStore>();

        // CRM sync: connections (secrets encrypted with Data Protection), mapping, cursors, records, runs and the lease.
        services.TryAddSingleton<ICrmConnectionStore, SqlCrmConnectionStore>();
        services.TryAddSingleton<ICrmSyncStore, SqlCrmSyncStore>();
        services.AddSecretProtection(builder.SecretKeysDirectory);
        return services;
    }
}
