using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text.Json;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Sync;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage.Sql;
using AlignmentBot.Storage.Stores;

namespace AlignmentBot.Storage.Crm;

public sealed class SqlCrmSyncStore(IDbConnectionFactory connections) : SqlStore(connections), ICrmSyncStore
{
    private const int InListSize = 500;
    private const string RunColumns = "workspace_id, id, source, trigger_kind, state, started_at, finished_at, fetched, changed, detail, started_by";

    // A free or expired lease is taken by the one statement: on PostgreSQL a second caller waits for the first's row and
    // then finds it unexpired (0 rows); SQLite serialises the writers. The row count says who won.
    private const string TakeLease = """
        INSERT INTO crm_sync_leases (workspace_id, holder, acquired_at, expires_at) VALUES (@ws, @holder, @now, @until)
        ON CONFLICT (workspace_id) DO UPDATE SET holder = excluded.holder, acquired_at = excluded.acquired_at, expires_at = excluded.expires_at
        WHERE crm_sync_leases.expires_at < @now
        """;

    private const string UpsertRecord = """
        INSERT INTO crm_records (workspace_id, source, object_kind, external_id, stage, status, modified_at, data) VALUES (@ws, @source, @kind, @id, @stage, @status, @modified, @data)
        ON CONFLICT (workspace_id, source, object_kind, external_id) DO UPDATE SET stage = excluded.stage, status = excluded.status, modified_at = excluded.modified_at, data = excluded.data
        """;

    public async Task<CrmLeaseAttempt> TryAcquireLeaseAsync(WorkspaceId workspaceId, string holder, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        int taken;
        await using (var take = db.Command(TakeLease).With(Dialect, ("@ws", workspaceId.Value), ("@holder", holder), ("@now", now), ("@until", until)))
        {
            taken = await take.ExecuteNonQueryAsync(cancellationToken);
        }

        var current = await GetLeaseAsync(workspaceId, cancellationToken) ?? new CrmSyncLease(workspaceId, holder, now, until);
        return new CrmLeaseAttempt(taken > 0 && current.Holder == holder, current);
    }

    public async Task ReleaseLeaseAsync(WorkspaceId workspaceId, string holder, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        await ExecuteAsync(db, null, "DELETE FROM crm_sync_leases WHERE workspace_id = @ws AND holder = @holder", cancellationToken, ("@ws", workspaceId.Value), ("@holder", holder));
    }

    public async Task<CrmSyncLease?> GetLeaseAsync(WorkspaceId workspaceId, CancellationToken cancellationToken)
        => (await QueryAsync("SELECT workspace_id, holder, acquired_at, expires_at FROM crm_sync_leases WHERE workspace_id = @ws",
            r => new CrmSyncLease(new WorkspaceId(r.String("workspace_id")), r.String("holder"), r.Timestamp("acquired_at"), r.Timestamp("expires_at")),
            cancellationToken, ("@ws", workspaceId.Value))).SingleOrDefault();

    public async Task<CrmCursor?> GetCursorAsync(WorkspaceId workspaceId, CrmSource source, CrmObjectKind kind, CancellationToken cancellationToken)
        => (await QueryAsync("SELECT cursor_data FROM crm_cursors WHERE workspace_id = @ws AND source = @source AND object_kind = @kind",
            r => JsonSerializer.Deserialize(r.String("cursor_data"), CrmStorageJsonContext.Default.CrmCursor)!, cancellationToken,
            ("@ws", workspaceId.Value), ("@source", source), ("@kind", kind))).SingleOrDefault();

    public Task<IReadOnlyList<CrmCursorState>> ListCursorsAsync(WorkspaceId workspaceId, CancellationToken cancellationToken)
        => QueryAsync("SELECT source, object_kind, cursor_data, updated_at FROM crm_cursors WHERE workspace_id = @ws ORDER BY source, object_kind",
            r => new CrmCursorState(r.Enum<CrmSource>("source"), r.Enum<CrmObjectKind>("object_kind"),
                JsonSerializer.Deserialize(r.String("cursor_data"), CrmStorageJsonContext.Default.CrmCursor)!, r.Timestamp("updated_at")),
            cancellationToken, ("@ws", workspaceId.Value));

    public async Task ResetCursorsAsync(WorkspaceId workspaceId, CrmSource source, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        await ExecuteAsync(db, null, "DELETE FROM crm_cursors WHERE workspace_id = @ws AND source = @source", cancellationToken, ("@ws", workspaceId.Value), ("@source", source));
    }

    public async Task<int> ApplyPageAsync(CrmPageWrite write, CancellationToken cancellationToken)
    {
        var ws = write.WorkspaceId.Value;
        var changed = 0;
        await using var db = await OpenAsync(cancellationToken);

        // A page's records and its cursor commit together, so a power failure can only lose whole pages, which the next
        // run fetches again: the flush at each of a large sync's hundreds of commits buys nothing (SQLite; PostgreSQL
        // keeps every commit durable).
        await using var relaxed = await Dialect.RelaxDurabilityAsync(db, cancellationToken);
        await using var tx = await db.BeginTransactionAsync(cancellationToken);
        await using (var renew = db.Command("UPDATE crm_sync_leases SET expires_at = @until WHERE workspace_id = @ws AND holder = @holder", tx)
            .With(Dialect, ("@until", write.LeaseUntil), ("@ws", ws), ("@holder", write.Holder)))
        {
            if (await renew.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                throw new CrmLeaseLostException("this run's lease on the workspace expired and another run holds it now; the page was not stored.");
            }
        }

        var stored = await StoredDataAsync(db, tx, write, cancellationToken);
        var leads = new Dictionary<string, Lead>(StringComparer.Ordinal);
        await using (var upsert = db.Command(UpsertRecord, tx))
        {
            foreach (var (record, lead) in write.Items)
            {
                var data = Serialize(record);
                if (stored.TryGetValue(record.ExternalId, out var old) && old == data)
                {
                    continue;
                }

                // The same id twice in one page (a CRM may repeat a record across a query window): the later one wins.
                stored[record.ExternalId] = data;
                upsert.Rebind(Dialect, ("@ws", ws), ("@source", write.Source), ("@kind", write.Kind), ("@id", record.ExternalId), ("@stage", record.Stage),
                    ("@status", record.Status), ("@modified", record.ModifiedAt), ("@data", data));
                await upsert.ExecuteNonQueryAsync(cancellationToken);
                changed++;
                if (lead is not null)
                {
                    leads[lead.ExternalId] = lead;
                }
            }
        }

        // The import's own write: a synced lead is the same row an import of the CRM's export would make.
        await SqlLeadStore.WriteAsync(db, tx, Dialect, write.WorkspaceId, leads.Values.ToArray(), cancellationToken);
        await ExecuteAsync(db, tx, """
            INSERT INTO crm_cursors (workspace_id, source, object_kind, cursor_data, updated_at) VALUES (@ws, @source, @kind, @cursor, @at)
            ON CONFLICT (workspace_id, source, object_kind) DO UPDATE SET cursor_data = excluded.cursor_data, updated_at = excluded.updated_at
            """, cancellationToken, ("@ws", ws), ("@source", write.Source), ("@kind", write.Kind),
            ("@cursor", JsonSerializer.Serialize(write.Next, CrmStorageJsonContext.Default.CrmCursor)), ("@at", write.At));
        await ExecuteAsync(db, tx, "UPDATE crm_sync_runs SET fetched = fetched + @read, changed = changed + @changed WHERE workspace_id = @ws AND id = @run", cancellationToken,
            ("@read", write.Items.Count), ("@changed", changed), ("@ws", ws), ("@run", write.RunId));
        if (changed > 0)
        {
            await ExecuteAsync(db, tx, """
                INSERT INTO crm_sync_state (workspace_id, mapping_version, derived_version, dirty) VALUES (@ws, 0, 0, @true)
                ON CONFLICT (workspace_id) DO UPDATE SET dirty = excluded.dirty
                """, cancellationToken, ("@ws", ws), ("@true", true));
        }

        await tx.CommitAsync(cancellationToken);
        return changed;
    }

    public async IAsyncEnumerable<CrmStoredRecord> ReadRecordsAsync(WorkspaceId workspaceId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        await using var command = db.Command("SELECT source, object_kind, data FROM crm_records WHERE workspace_id = @ws").With(Dialect, "@ws", workspaceId.Value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new CrmStoredRecord(reader.Enum<CrmSource>("source"), reader.Enum<CrmObjectKind>("object_kind"),
                JsonSerializer.Deserialize(reader.String("data"), CrmStorageJsonContext.Default.CrmRecord)!);
        }
    }

    public Task WriteLeadsAsync(WorkspaceId workspaceId, IReadOnlyList<Lead> leads, CancellationToken cancellationToken)
        => InTransactionAsync((db, tx) => SqlLeadStore.WriteAsync(db, tx, Dialect, workspaceId, leads, cancellationToken), cancellationToken);

    public async Task<IReadOnlyList<CrmStageValueCount>> ListStageValuesAsync(WorkspaceId workspaceId, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync("SELECT source, stage, status, COUNT(*) AS n FROM crm_records WHERE workspace_id = @ws AND object_kind = @kind GROUP BY source, stage, status",
            r => (Source: r.Enum<CrmSource>("source"), Stage: r.NullableString("stage"), Status: r.NullableString("status"), Count: r.Int("n")),
            cancellationToken, ("@ws", workspaceId.Value), ("@kind", CrmObjectKind.Lead));
        var values = new List<CrmStageValueCount>();
        foreach (var row in rows)
        {
            if (row.Stage is { } stage)
            {
                values.Add(new CrmStageValueCount(row.Source, row.Source == CrmSource.HubSpot ? CrmField.LifecycleStage : CrmField.LeadStatus, stage, row.Count));
            }

            if (row.Status is { } status)
            {
                values.Add(new CrmStageValueCount(row.Source, CrmField.LeadStatus, status, row.Count));
            }
        }

        return values.GroupBy(v => (v.Source, v.Field, v.Value)).Select(g => g.First() with { Records = g.Sum(v => v.Records) })
            .OrderBy(v => v.Source).ThenBy(v => v.Field).ThenByDescending(v => v.Records).ToArray();
    }

    public Task<IReadOnlyList<Measurement>> ListSyncedMeasurementsAsync(WorkspaceId workspaceId, CancellationToken cancellationToken)
        => QueryAsync($"SELECT {SqlMeasurementStore.Columns} FROM measurements WHERE workspace_id = @ws AND source = @source", SqlMeasurementStore.Map, cancellationToken,
            ("@ws", workspaceId.Value), ("@source", MeasurementSource.Sync));

    public Task SettleAsync(WorkspaceId workspaceId, IReadOnlyList<Measurement> upserts, IReadOnlyList<Guid> deletes, int mappingVersion, CancellationToken cancellationToken)
        => InTransactionAsync(async (db, tx) =>
        {
            await SqlMeasurementStore.WriteAsync(db, tx, Dialect, workspaceId, upserts, cancellationToken);
            await using (var delete = db.Command("DELETE FROM measurements WHERE workspace_id = @ws AND id = @id AND source = @source", tx))
            {
                foreach (var id in deletes)
                {
                    delete.Parameters.Clear();
                    delete.With(Dialect, ("@ws", workspaceId.Value), ("@id", id), ("@source", MeasurementSource.Sync));
                    await delete.ExecuteNonQueryAsync(cancellationToken);
                }
            }

            await ExecuteAsync(db, tx, """
                INSERT INTO crm_sync_state (workspace_id, mapping_version, derived_version, dirty) VALUES (@ws, @version, @version, @false)
                ON CONFLICT (workspace_id) DO UPDATE SET derived_version = excluded.derived_version, dirty = excluded.dirty
                """, cancellationToken, ("@ws", workspaceId.Value), ("@version", mappingVersion), ("@false", false));
        }, cancellationToken);

    public async Task<CrmDerivedState> GetDerivedStateAsync(WorkspaceId workspaceId, CancellationToken cancellationToken)
        => (await QueryAsync("SELECT mapping_version, derived_version, dirty FROM crm_sync_state WHERE workspace_id = @ws",
            r => new CrmDerivedState(r.Bool("dirty"), r.Int("mapping_version"), r.Int("derived_version")), cancellationToken, ("@ws", workspaceId.Value))).SingleOrDefault()
           ?? CrmDerivedState.Empty;

    public async Task StartRunAsync(CrmSyncRun run, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        await ExecuteAsync(db, null, $"INSERT INTO crm_sync_runs ({RunColumns}) VALUES (@ws, @id, @source, @trigger, @state, @started, @finished, @fetched, @changed, @detail, @by)", cancellationToken,
            ("@ws", run.WorkspaceId.Value), ("@id", run.Id), ("@source", run.Source), ("@trigger", run.Trigger), ("@state", run.State), ("@started", run.StartedAt),
            ("@finished", run.FinishedAt), ("@fetched", run.Fetched), ("@changed", run.Changed), ("@detail", run.Detail), ("@by", run.StartedBy));
    }

    public async Task FinishRunAsync(WorkspaceId workspaceId, Guid runId, CrmRunState state, string? detail, DateTimeOffset finishedAt, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        await ExecuteAsync(db, null, "UPDATE crm_sync_runs SET state = @state, detail = @detail, finished_at = @at WHERE workspace_id = @ws AND id = @id AND state = @running", cancellationToken,
            ("@state", state), ("@detail", detail), ("@at", finishedAt), ("@ws", workspaceId.Value), ("@id", runId), ("@running", CrmRunState.Running));
    }

    public async Task<int> InterruptRunningAsync(WorkspaceId workspaceId, Guid exceptRunId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        await using var command = db.Command("UPDATE crm_sync_runs SET state = @interrupted, finished_at = @at, detail = @detail WHERE workspace_id = @ws AND state = @running AND id <> @id")
            .With(Dialect, ("@interrupted", CrmRunState.Interrupted), ("@at", at), ("@ws", workspaceId.Value), ("@running", CrmRunState.Running), ("@id", exceptRunId),
                ("@detail", "The process running it stopped before it finished; the next run continued from its last saved page."));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task<IReadOnlyList<CrmSyncRun>> ListRunsAsync(WorkspaceId workspaceId, int limit, CancellationToken cancellationToken)
        => QueryAsync($"SELECT {RunColumns} FROM crm_sync_runs WHERE workspace_id = @ws ORDER BY started_at DESC, id LIMIT @limit",
            r => new CrmSyncRun(r.Guid("id"), new WorkspaceId(r.String("workspace_id")), r.Enum<CrmSource>("source"), r.Enum<CrmSyncTrigger>("trigger_kind"),
                r.Enum<CrmRunState>("state"), r.Timestamp("started_at"), r.NullableTimestamp("finished_at"), r.Int("fetched"), r.Int("changed"),
                r.NullableString("detail"), r.String("started_by")),
            cancellationToken, ("@ws", workspaceId.Value), ("@limit", limit));

    /// <summary>Stage dates in a fixed order and times in UTC, so the same record always serialises to the same text.</summary>
    internal static string Serialize(CrmRecord record)
    {
        var normal = record with
        {
            StageDates = record.StageDates is { Count: > 0 } dates ? new SortedDictionary<string, DateTimeOffset>(dates.ToDictionary(d => d.Key, d => d.Value.ToUniversalTime()), StringComparer.Ordinal) : null,
            CreatedAt = record.CreatedAt.ToUniversalTime(),
            ModifiedAt = record.ModifiedAt.ToUniversalTime(),
            FirstFollowUpAt = record.FirstFollowUpAt?.ToUniversalTime(),
            ConvertedAt = record.ConvertedAt?.ToUniversalTime(),
        };
        return JsonSerializer.Serialize(normal, CrmStorageJsonContext.Default.CrmRecord);
    }

    private async Task<Dictionary<string, string>> StoredDataAsync(DbConnection db, DbTransaction tx, CrmPageWrite write, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in write.Items.Select(i => i.Record.ExternalId).Distinct(StringComparer.Ordinal).Chunk(InListSize))
        {
            var names = chunk.Select((_, i) => $"@i{i}").ToArray();
            await using var query = db.Command(
                $"SELECT external_id, data FROM crm_records WHERE workspace_id = @ws AND source = @source AND object_kind = @kind AND external_id IN ({string.Join(", ", names)})", tx)
                .With(Dialect, ("@ws", write.WorkspaceId.Value), ("@source", write.Source), ("@kind", write.Kind));
            for (var i = 0; i < chunk.Length; i++)
            {
                query.With(Dialect, names[i], chunk[i]);
            }

            await using var reader = await query.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                stored[reader.GetString(0)] = reader.GetString(1);
            }
        }

        return stored;
    }
}
