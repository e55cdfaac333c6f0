using System.Data.Common;
using System.Text.Json;
using AlignmentBot.Application.Audit;
using AlignmentBot.Application.Import;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Sync;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage.Sql;
using AlignmentBot.Storage.Stores;

namespace AlignmentBot.Storage.Crm;

/// <summary>
/// Connections and stage mappings. Connecting, disconnecting and changing a mapping are audited in the same transaction;
/// an entry describes a connection by its settings only, never by its secret (<see cref="AuditSnapshots.CrmConnection"/>).
/// </summary>
public sealed class SqlCrmConnectionStore(IDbConnectionFactory connections, AuditTrail? audit = null) : SqlStore(connections, audit), ICrmConnectionStore
{
    private const string Columns = "workspace_id, source, settings, protected_secret, connected_at, connected_by";

    private const string SelectOne = $"SELECT {Columns} FROM crm_connections WHERE workspace_id = @ws AND source = @source";

    public Task SaveAsync(StoredCrmConnection connection, CancellationToken cancellationToken)
        => InTransactionAsync(async (db, tx) =>
        {
            var before = await FindAsync(db, tx, SelectOne, Map, cancellationToken,
                ("@ws", connection.WorkspaceId.Value), ("@source", connection.Source));
            await ExecuteAsync(db, tx, $"""
                INSERT INTO crm_connections ({Columns}) VALUES (@ws, @source, @settings, @secret, @at, @by)
                ON CONFLICT (workspace_id, source) DO UPDATE SET settings = excluded.settings, protected_secret = excluded.protected_secret,
                    connected_at = excluded.connected_at, connected_by = excluded.connected_by
                """, cancellationToken,
                ("@ws", connection.WorkspaceId.Value), ("@source", connection.Source), ("@settings", JsonSerializer.Serialize(connection.Settings, CrmStorageJsonContext.Default.CrmConnectionSettings)),
                ("@secret", connection.ProtectedSecret), ("@at", connection.ConnectedAt), ("@by", connection.ConnectedBy));
            await AuditAsync(db, tx, connection.WorkspaceId, AuditKinds.CrmConnected, before is null ? null : Snapshot(before), Snapshot(connection), cancellationToken);
        }, cancellationToken);

    public async Task<StoredCrmConnection?> GetAsync(WorkspaceId workspaceId, CrmSource source, CancellationToken cancellationToken)
        => (await QueryAsync(SelectOne, Map, cancellationToken,
            ("@ws", workspaceId.Value), ("@source", source))).SingleOrDefault();

    public Task<IReadOnlyList<StoredCrmConnection>> ListAsync(WorkspaceId? workspaceId, CancellationToken cancellationToken)
        => workspaceId is { } ws
            ? QueryAsync($"SELECT {Columns} FROM crm_connections WHERE workspace_id = @ws ORDER BY source", Map, cancellationToken, ("@ws", ws.Value))
            : QueryAsync($"SELECT {Columns} FROM crm_connections ORDER BY workspace_id, source", Map, cancellationToken);

    public async Task<bool> DeleteAsync(WorkspaceId workspaceId, CrmSource source, CancellationToken cancellationToken)
    {
        var removed = false;
        await InTransactionAsync(async (db, tx) =>
        {
            var before = await FindAsync(db, tx, SelectOne, Map, cancellationToken,
                ("@ws", workspaceId.Value), ("@source", source));
            if (before is null)
            {
                return;
            }

            await ExecuteAsync(db, tx, "DELETE FROM crm_connections WHERE workspace_id = @ws AND source = @source", cancellationToken, ("@ws", workspaceId.Value), ("@source", source));
            await AuditAsync(db, tx, workspaceId, AuditKinds.CrmDisconnected, Snapshot(before), null, cancellationToken);
            removed = true;
        }, cancellationToken);
        return removed;
    }

    public async Task<CrmStageMapping> GetMappingAsync(WorkspaceId workspaceId, CancellationToken cancellationToken)
    {
        var rules = await QueryAsync("SELECT source, field, value, stage FROM crm_stage_mappings WHERE workspace_id = @ws ORDER BY source, field, value_key",
            r => new CrmMappingRule(r.Enum<CrmSource>("source"), r.Enum<CrmField>("field"), r.String("value"), r.Enum<CrmFunnelStage>("stage"), IsDefault: false),
            cancellationToken, ("@ws", workspaceId.Value));
        var version = (await QueryAsync("SELECT mapping_version FROM crm_sync_state WHERE workspace_id = @ws", r => r.Int("mapping_version"), cancellationToken, ("@ws", workspaceId.Value)))
            .SingleOrDefault();
        return new CrmStageMapping(rules, version);
    }

    public async Task<int> SetMappingAsync(WorkspaceId workspaceId, CrmSource source, CrmField field, string value, CrmFunnelStage? stage, string changedBy, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var version = 0;
        CrmMappingRule Default() => new(source, field, value.Trim(), CrmStageMapping.Default(source, field, value), IsDefault: true);
        await InTransactionAsync(async (db, tx) =>
        {
            var key = CsvTable.Key(value);
            var before = await FindAsync(db, tx, "SELECT stage FROM crm_stage_mappings WHERE workspace_id = @ws AND source = @source AND field = @field AND value_key = @key",
                    r => new CrmMappingRule(source, field, value.Trim(), r.Enum<CrmFunnelStage>("stage"), IsDefault: false), cancellationToken,
                    ("@ws", workspaceId.Value), ("@source", source), ("@field", field), ("@key", key))
                ?? Default();
            if (stage is { } s)
            {
                await ExecuteAsync(db, tx, """
                    INSERT INTO crm_stage_mappings (workspace_id, source, field, value_key, value, stage, changed_at, changed_by) VALUES (@ws, @source, @field, @key, @value, @stage, @at, @by)
                    ON CONFLICT (workspace_id, source, field, value_key) DO UPDATE SET value = excluded.value, stage = excluded.stage, changed_at = excluded.changed_at, changed_by = excluded.changed_by
                    """, cancellationToken, ("@ws", workspaceId.Value), ("@source", source), ("@field", field), ("@key", key), ("@value", value.Trim()), ("@stage", s), ("@at", at), ("@by", changedBy));
            }
            else
            {
                await ExecuteAsync(db, tx, "DELETE FROM crm_stage_mappings WHERE workspace_id = @ws AND source = @source AND field = @field AND value_key = @key", cancellationToken,
                    ("@ws", workspaceId.Value), ("@source", source), ("@field", field), ("@key", key));
            }

            version = await BumpMappingVersionAsync(db, tx, Dialect, workspaceId, cancellationToken);
            var after = stage is { } chosen
                ? new CrmMappingRule(source, field, value.Trim(), chosen, IsDefault: false)
                : Default();
            await AuditAsync(db, tx, workspaceId, AuditKinds.CrmMappingChanged, AuditSnapshots.CrmMapping(before), AuditSnapshots.CrmMapping(after), cancellationToken);
        }, cancellationToken);
        return version;
    }

    internal static async Task<int> BumpMappingVersionAsync(DbConnection db, DbTransaction tx, ISqlDialect dialect, WorkspaceId workspaceId, CancellationToken cancellationToken)
    {
        await using (var upsert = db.Command("""
            INSERT INTO crm_sync_state (workspace_id, mapping_version, derived_version, dirty) VALUES (@ws, 1, 0, @false)
            ON CONFLICT (workspace_id) DO UPDATE SET mapping_version = crm_sync_state.mapping_version + 1
            """, tx).With(dialect, ("@ws", workspaceId.Value), ("@false", false)))
        {
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var read = db.Command("SELECT mapping_version FROM crm_sync_state WHERE workspace_id = @ws", tx).With(dialect, "@ws", workspaceId.Value);
        return Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static AuditSnapshot Snapshot(StoredCrmConnection c) => AuditSnapshots.CrmConnection(c.Source, c.Settings, c.ConnectedAt, c.ConnectedBy);

    private static StoredCrmConnection Map(DbDataReader r) => new(
        new WorkspaceId(r.String("workspace_id")), r.Enum<CrmSource>("source"),
        JsonSerializer.Deserialize(r.String("settings"), CrmStorageJsonContext.Default.CrmConnectionSettings)!,
        r.String("protected_secret"), r.Timestamp("connected_at"), r.String("connected_by"));
}
