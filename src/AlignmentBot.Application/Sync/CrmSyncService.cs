using AlignmentBot.Application.Audit;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Workspaces;
using AlignmentBot.Conversations.Diagnostics;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Workspaces;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Application.Sync;

/// <summary>
/// Syncs a workspace's CRMs: under the workspace's lease, each connected CRM's leads and deals are read page by page from
/// the saved cursor, and every page is stored with the leads it maps to and the next cursor in one transaction. Then the
/// daily funnel numbers are rebuilt from everything stored. A second run finds nothing new and changes nothing; a run that
/// stops anywhere is continued by the next from its last stored page.
/// </summary>
public sealed class CrmSyncService(
    CrmConnections connections,
    ICrmConnectionStore connectionStore,
    ICrmSyncStore store,
    IWorkspaceStore workspaces,
    IAuditLog audit,
    IOptions<CrmSyncOptions> options,
    TimeProvider time,
    ILogger<CrmSyncService> logger)
{
    private const int LeadBatch = 1_000;

    public async Task<CrmSyncResult> RunAsync(WorkspaceId workspaceId, CrmSyncRequest request, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var connected = (await connections.ListAsync(workspaceId, cancellationToken)).Where(c => request.Source is null || c.Source == request.Source).ToArray();
        if (connected.Length == 0)
        {
            var which = request.Source is { } s ? CrmNames.Label(s) : "No CRM";
            return new CrmSyncResult(CrmSyncOutcome.NotConnected, [],
                $"{which} is not connected to workspace '{workspaceId}'. Connect one first: `sync connect hubspot --token-stdin` or `sync connect salesforce ...` (docs/crm-sync.md).");
        }

        var holder = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        var now = time.GetUtcNow();
        var lease = await store.TryAcquireLeaseAsync(workspaceId, holder, now, now + options.Value.LeaseDuration, cancellationToken);
        if (!lease.Acquired)
        {
            foreach (var skipped in connected)
            {
                AlignmentBotTelemetry.RecordSyncRun(CrmNames.Key(skipped.Source), "skipped");
            }

            return new CrmSyncResult(CrmSyncOutcome.Busy, [],
                $"A sync of this workspace is already running (started {Format(lease.Current.AcquiredAt)}); this one was skipped. Say \"sync status\" to follow it.", lease.Current);
        }

        var runs = new List<CrmSyncRun>();
        var failures = new List<string>();
        try
        {
            await EnsureWorkspaceAsync(workspaceId, cancellationToken);
            var mapping = await connectionStore.GetMappingAsync(workspaceId, cancellationToken);
            var first = true;
            foreach (var stored in connected)
            {
                var run = new CrmSyncRun(Guid.NewGuid(), workspaceId, stored.Source, request.Trigger, CrmRunState.Running, time.GetUtcNow(), null, 0, 0, null, request.RequestedBy);
                await store.StartRunAsync(run, cancellationToken);
                if (first && await store.InterruptRunningAsync(workspaceId, run.Id, run.StartedAt, cancellationToken) > 0)
                {
                    progress?.Report("An earlier sync stopped before it finished; continuing from its last saved page.");
                }

                first = false;
                var (state, detail) = await RunSourceAsync(stored, run, request, mapping, holder, progress, cancellationToken);
                await store.FinishRunAsync(workspaceId, run.Id, state, detail, time.GetUtcNow(), CancellationToken.None);
                AlignmentBotTelemetry.RecordSyncRun(CrmNames.Key(stored.Source), state.ToString().ToLowerInvariant());
                if (state != CrmRunState.Succeeded)
                {
                    failures.Add($"{CrmNames.Label(stored.Source)}: {detail}");
                }

                if (detail is { } d && d.StartsWith(LeaseLost, StringComparison.Ordinal))
                {
                    break;
                }
            }

            if (!failures.Any(f => f.Contains(LeaseLost, StringComparison.Ordinal)))
            {
                await SettleAsync(workspaceId, force: false, progress, cancellationToken);
            }
        }
        finally
        {
            await store.ReleaseLeaseAsync(workspaceId, holder, CancellationToken.None);
        }

        var all = await store.ListRunsAsync(workspaceId, connected.Length, CancellationToken.None);
        runs.AddRange(all.Where(r => r.StartedAt >= now).OrderBy(r => r.StartedAt));
        var summary = string.Join(" ", runs.Select(Describe));
        return failures.Count == 0
            ? new CrmSyncResult(CrmSyncOutcome.Synced, runs, summary)
            : new CrmSyncResult(CrmSyncOutcome.Failed, runs, summary);
    }

    /// <summary>
    /// Writes a person's "sync now" (chat or command line) into the workspace's audit trail, by the current
    /// <see cref="AuditContext"/> actor, before the run starts. Nothing is written when no CRM it names is connected.
    /// </summary>
    public async Task RecordRequestAsync(WorkspaceId workspaceId, CrmSyncRequest request, CancellationToken cancellationToken)
    {
        var sources = (await connections.ListAsync(workspaceId, cancellationToken)).Select(c => c.Source).Where(s => request.Source is null || s == request.Source).ToArray();
        if (sources.Length > 0)
        {
            await audit.RecordAsync(workspaceId, AuditKinds.CrmSyncRequested, null, AuditSnapshots.CrmSyncRequest(sources, request.Full), cancellationToken);
        }
    }

    /// <summary>
    /// Rebuilds the numbers from the stored records when records changed since the last rebuild or the mapping did (then
    /// every stored lead is mapped again). The caller holds the workspace's lease. Returns false when nothing was due.
    /// </summary>
    public async Task<bool> SettleAsync(WorkspaceId workspaceId, bool force, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var state = await store.GetDerivedStateAsync(workspaceId, cancellationToken);
        var mapping = await connectionStore.GetMappingAsync(workspaceId, cancellationToken);
        var remap = mapping.Version != state.DerivedMappingVersion;
        if (!state.Dirty && !remap && !force)
        {
            return false;
        }

        var workspace = await workspaces.GetAsync(workspaceId, cancellationToken);
        var metrics = new CrmMetrics(WorkspaceClock.Zone(workspace?.TimeZone));
        var batch = new List<Lead>(LeadBatch);
        var remapped = 0;
        await foreach (var stored in store.ReadRecordsAsync(workspaceId, cancellationToken))
        {
            if (stored.Kind == CrmObjectKind.Deal)
            {
                metrics.AddDeal(stored.Record);
                continue;
            }

            var outcome = CrmFunnel.Evaluate(stored.Source, stored.Record, mapping);
            metrics.AddLead(stored.Record, outcome);
            if (remap)
            {
                batch.Add(CrmFunnel.ToLead(workspaceId, stored.Source, stored.Record, outcome));
                if (batch.Count == LeadBatch)
                {
                    await store.WriteLeadsAsync(workspaceId, batch, cancellationToken);
                    remapped += batch.Count;
                    batch.Clear();
                }
            }
        }

        if (batch.Count > 0)
        {
            await store.WriteLeadsAsync(workspaceId, batch, cancellationToken);
            remapped += batch.Count;
        }

        var computed = metrics.ToMeasurements(workspaceId, time.GetUtcNow());
        var existing = (await store.ListSyncedMeasurementsAsync(workspaceId, cancellationToken))
            .GroupBy(m => (m.Metric, m.Period)).ToDictionary(g => g.Key, g => g.First());
        var upserts = computed.Where(m => !existing.TryGetValue((m.Metric, m.Period), out var old) || old.Value != m.Value).ToArray();
        var wanted = computed.Select(m => (m.Metric, m.Period)).ToHashSet();
        var deletes = existing.Where(e => !wanted.Contains(e.Key)).Select(e => e.Value.Id).ToArray();
        await store.SettleAsync(workspaceId, upserts, deletes, mapping.Version, cancellationToken);
        progress?.Report((remap ? $"Mapped {remapped} stored leads again under the current stage mapping. " : string.Empty) +
                         $"Daily numbers rebuilt: {upserts.Length} written, {deletes.Length} removed, {computed.Count - upserts.Length} unchanged.");
        return true;
    }

    /// <summary>Changes what a value counts as (null: back to the default) and, unless a sync is running, recounts the stored records now.</summary>
    public async Task<string> SetMappingAsync(WorkspaceId workspaceId, CrmSource source, CrmField field, string value, CrmFunnelStage? stage, string changedBy, CancellationToken cancellationToken)
    {
        await connectionStore.SetMappingAsync(workspaceId, source, field, value, stage, changedBy, time.GetUtcNow(), cancellationToken);
        var mapping = await connectionStore.GetMappingAsync(workspaceId, cancellationToken);
        var rule = mapping.Rule(source, field, value);
        var holder = $"mapping/{Environment.ProcessId}/{Guid.NewGuid():N}";
        var now = time.GetUtcNow();
        var lease = await store.TryAcquireLeaseAsync(workspaceId, holder, now, now + options.Value.LeaseDuration, cancellationToken);
        if (!lease.Acquired)
        {
            return $"Saved: {rule.Describe()}. A sync is running; it recounts with the new mapping when it finishes.";
        }

        try
        {
            var notes = new List<string>();
            await SettleAsync(workspaceId, force: false, new Progress(notes), cancellationToken);
            return $"Saved: {rule.Describe()}. {string.Join(" ", notes)}".TrimEnd();
        }
        finally
        {
            await store.ReleaseLeaseAsync(workspaceId, holder, CancellationToken.None);
        }
    }

    public async Task<CrmSyncStatus> StatusAsync(WorkspaceId workspaceId, DateTimeOffset? nextScheduled, CancellationToken cancellationToken)
    {
        var connected = await connections.ListAsync(workspaceId, cancellationToken);
        var runs = await store.ListRunsAsync(workspaceId, 20, cancellationToken);
        var cursors = await store.ListCursorsAsync(workspaceId, cancellationToken);
        var lease = await store.GetLeaseAsync(workspaceId, cancellationToken);
        var running = lease is not null && lease.ExpiresAt > time.GetUtcNow() ? lease : null;
        var sources = connected.Select(c => c.Source).Concat(runs.Select(r => r.Source)).Concat(cursors.Select(c => c.Source)).Distinct().Order();
        return new CrmSyncStatus(workspaceId, sources.Select(source => new CrmConnectionStatus(
                source, connected.FirstOrDefault(c => c.Source == source), runs.FirstOrDefault(r => r.Source == source),
                runs.FirstOrDefault(r => r.Source == source && r.State == CrmRunState.Succeeded), cursors.Where(x => x.Source == source).ToArray())).ToArray(),
            running, running is null ? null : runs.FirstOrDefault(r => r.State == CrmRunState.Running), nextScheduled);
    }

    /// <summary>Every value the workspace's CRMs use (standard ones, changed ones, and those seen in synced records) with what it counts as.</summary>
    public async Task<IReadOnlyList<CrmMappingRule>> MappingAsync(WorkspaceId workspaceId, CrmSource? only, CancellationToken cancellationToken)
    {
        var mapping = await connectionStore.GetMappingAsync(workspaceId, cancellationToken);
        var seen = await store.ListStageValuesAsync(workspaceId, cancellationToken);
        var used = (await connections.ListAsync(workspaceId, cancellationToken)).Select(c => c.Source).Concat(seen.Select(v => v.Source)).ToHashSet();
        var sources = only is { } one ? [one] : used.Count > 0 ? used.Order().ToArray() : Enum.GetValues<CrmSource>();
        var rules = new List<CrmMappingRule>();
        foreach (var source in sources)
        {
            foreach (var field in CrmStageMapping.Fields(source))
            {
                var values = new List<string>();
                void Add(string value)
                {
                    if (!values.Any(v => string.Equals(Import.CsvTable.Key(v), Import.CsvTable.Key(value), StringComparison.Ordinal)))
                    {
                        values.Add(value);
                    }
                }

                foreach (var value in CrmStageMapping.StandardValues(source, field))
                {
                    Add(value);
                }

                foreach (var value in mapping.Overrides.Where(o => o.Source == source && o.Field == field).Select(o => o.Value))
                {
                    Add(value);
                }

                var inData = seen.Where(v => v.Source == source && v.Field == field).ToArray();
                foreach (var value in inData.Select(v => v.Value))
                {
                    Add(value);
                }

                rules.AddRange(values.Select(v => mapping.Rule(source, field, v, inData.Any(d => string.Equals(Import.CsvTable.Key(d.Value), Import.CsvTable.Key(v), StringComparison.Ordinal)))));
            }
        }

        return rules;
    }

    private const string LeaseLost = "Another run took over";

    private async Task<(CrmRunState State, string? Detail)> RunSourceAsync(StoredCrmConnection stored, CrmSyncRun run, CrmSyncRequest request, CrmStageMapping mapping, string holder, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var label = CrmNames.Label(stored.Source);
        string? usage = null;
        try
        {
            var connection = connections.Open(stored);
            var source = connections.Source(stored.Source);
            if (request.Full)
            {
                await store.ResetCursorsAsync(run.WorkspaceId, stored.Source, cancellationToken);
                progress?.Report($"{label}: full sync, reading every record again.");
            }

            foreach (var kind in CrmNames.Kinds)
            {
                var objects = CrmNames.Objects(stored.Source, kind);
                var cursor = await store.GetCursorAsync(run.WorkspaceId, stored.Source, kind, cancellationToken) is { } saved ? source.Resume(saved) : CrmCursor.Start;
                var (pages, read, changed) = (0, 0, 0);
                while (true)
                {
                    var page = await source.ReadPageAsync(connection, kind, cursor, cancellationToken);
                    var items = page.Records.Select(r => (r, kind == CrmObjectKind.Lead ? CrmFunnel.ToLead(run.WorkspaceId, stored.Source, r, CrmFunnel.Evaluate(stored.Source, r, mapping)) : null)).ToArray();
                    changed += await store.ApplyPageAsync(new CrmPageWrite(run.WorkspaceId, stored.Source, kind, items, page.Next, run.Id, holder, time.GetUtcNow() + options.Value.LeaseDuration, time.GetUtcNow()), cancellationToken);
                    pages++;
                    read += page.Records.Count;
                    usage = page.Usage ?? usage;
                    progress?.Report($"{label} {objects}: page {pages}, {read} read, {changed} new or changed{(page.Usage is { } u ? $" ({u})" : string.Empty)}");
                    cursor = page.Next;
                    if (page.Done)
                    {
                        break;
                    }
                }
            }

            return (CrmRunState.Succeeded, usage);
        }
        catch (CrmSourceException ex)
        {
            logger.LogWarning("{Source} sync of {Workspace} failed ({Failure}): {Reason}", label, run.WorkspaceId, ex.Failure, ex.Message);
            progress?.Report($"{label}: {ex.Message}");
            return (CrmRunState.Failed, ex.Message);
        }
        catch (CrmLeaseLostException ex)
        {
            logger.LogWarning("{Source} sync of {Workspace} stopped: {Reason}", label, run.WorkspaceId, ex.Message);
            return (CrmRunState.Failed, $"{LeaseLost}: {ex.Message}");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await store.FinishRunAsync(run.WorkspaceId, run.Id, CrmRunState.Interrupted, "Stopped before it finished (the host was shutting down); the next run continues from the last saved page.", time.GetUtcNow(), CancellationToken.None);
            AlignmentBotTelemetry.RecordSyncRun(CrmNames.Key(stored.Source), "interrupted");
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "{Source} sync of {Workspace} failed unexpectedly", label, run.WorkspaceId);
            return (CrmRunState.Failed, $"Unexpected error ({ex.GetType().Name}); the log has details. The next run continues from the last saved page.");
        }
    }

    private async Task EnsureWorkspaceAsync(WorkspaceId workspaceId, CancellationToken cancellationToken)
    {
        if (await workspaces.GetAsync(workspaceId, cancellationToken) is null)
        {
            await workspaces.SaveAsync(new Workspace(workspaceId, Platform.Local, workspaceId.Value), cancellationToken);
        }
    }

    private static string Describe(CrmSyncRun run)
        => $"{CrmNames.Label(run.Source)}: {(run.State == CrmRunState.Succeeded ? "synced" : run.State.ToString().ToLowerInvariant())}, {run.Fetched} records read, {run.Changed} new or changed.{(run.State != CrmRunState.Succeeded && run.Detail is { } d ? " " + d : string.Empty)}";

    internal static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);

    private sealed class Progress(List<string> lines) : IProgress<string>
    {
        public void Report(string value) => lines.Add(value);
    }
}
