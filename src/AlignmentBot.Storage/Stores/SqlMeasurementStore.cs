using System.Data.Common;
using AlignmentBot.Application.Audit;
using AlignmentBot.Application.Ports;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage.Sql;

namespace AlignmentBot.Storage.Stores;

public sealed class SqlMeasurementStore(IDbConnectionFactory connections, AuditTrail? audit = null) : SqlStore(connections, audit), IMeasurementStore
{
    internal const string Columns = "workspace_id, id, metric, value, period_start, period_end, source, campaign, channel, product, recorded_at, recorded_by";

    // One value per metric, period and slice: a re-import or a corrected check-in replaces the earlier value.
    internal const string Upsert = $"""
        INSERT INTO measurements ({Columns}) VALUES (@ws, @id, @metric, @value, @start, @end, @source, @campaign, @channel, @product, @at, @by)
        ON CONFLICT (workspace_id, metric, period_start, period_end, campaign, channel, product)
        DO UPDATE SET value = excluded.value, source = excluded.source, recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by
        """;

    private const string BySlice = $"SELECT {Columns} FROM measurements WHERE workspace_id = @ws AND metric = @metric AND period_start = @start AND period_end = @end AND campaign = @campaign AND channel = @channel AND product = @product";

    /// <summary>Check-ins: each value is its own audit entry, with the value it replaced. (Imports are one entry per file.)</summary>
    public Task AddAsync(WorkspaceId workspaceId, IReadOnlyList<Measurement> measurements, CancellationToken cancellationToken)
        => InTransactionAsync(async (connection, transaction) =>
        {
            var before = new List<Measurement?>(measurements.Count);
            foreach (var m in measurements)
            {
                before.Add(await FindAsync(connection, transaction, BySlice, Map, cancellationToken, ("@ws", workspaceId.Value), ("@metric", m.Metric),
                    ("@start", m.Period.Start), ("@end", m.Period.End), ("@campaign", m.Breakdown.Campaign ?? string.Empty),
                    ("@channel", m.Breakdown.Channel ?? string.Empty), ("@product", m.Breakdown.Product ?? string.Empty)));
            }

            await WriteAsync(connection, transaction, Dialect, workspaceId, measurements, cancellationToken);
            for (var i = 0; i < measurements.Count; i++)
            {
                await AuditAsync(connection, transaction, workspaceId, before[i] is null ? AuditKinds.MeasurementRecorded : AuditKinds.MeasurementChanged,
                    before[i] is { } b ? AuditSnapshots.Measurement(b) : null, AuditSnapshots.Measurement(measurements[i]), cancellationToken);
            }
        }, cancellationToken);

    /// <summary>An undone check-in: the whole-company value for that metric and period goes, with an audit entry of what it was.</summary>
    public Task RemoveAsync(WorkspaceId workspaceId, MetricKey metric, DateRange period, CancellationToken cancellationToken)
        => InTransactionAsync(async (connection, transaction) =>
        {
            (string, object?)[] slice = [("@ws", workspaceId.Value), ("@metric", metric), ("@start", period.Start), ("@end", period.End), ("@campaign", string.Empty),
                ("@channel", string.Empty), ("@product", string.Empty)];
            if (await FindAsync(connection, transaction, BySlice, Map, cancellationToken, slice) is not { } before)
            {
                return;
            }

            await ExecuteAsync(connection, transaction, "DELETE FROM measurements WHERE workspace_id = @ws AND id = @id", cancellationToken, ("@ws", workspaceId.Value), ("@id", before.Id));
            await AuditAsync(connection, transaction, workspaceId, AuditKinds.MeasurementRemoved, AuditSnapshots.Measurement(before), null, cancellationToken);
        }, cancellationToken);

    public async Task<IReadOnlyList<Measurement>> ListAsync(WorkspaceId workspaceId, DateRange window, IReadOnlyCollection<MetricKey>? metrics, CancellationToken cancellationToken)
    {
        // Only the metrics asked for are read: a synced workspace keeps a row per metric and day, and the scorecard
        // needs three or four of its metrics, not all of them decoded.
        var parameters = new List<(string, object?)> { ("@ws", workspaceId.Value), ("@from", window.Start), ("@to", window.End) };
        var only = string.Empty;
        var ends = "period_end";
        if (metrics is not null)
        {
            var names = metrics.Distinct().Select((m, i) => (Name: $"@m{i}", Metric: m)).ToArray();
            if (names.Length == 0)
            {
                return [];
            }

            parameters.AddRange(names.Select(n => (n.Name, (object?)n.Metric)));
            only = $" AND metric IN ({string.Join(", ", names.Select(n => n.Name))})";

            // By metric, the unique key (workspace, metric, period_start, …) reads just those metrics' rows; left to itself
            // SQLite takes the window index and reads every metric's row in the window (3,500 instead of 1,050 for a
            // scorecard over a year of synced daily numbers, bench/README.md).
            ends = Dialect.Unindexed("period_end");
        }

        return await QueryAsync($"SELECT {Columns} FROM measurements WHERE workspace_id = @ws AND {ends} >= @from AND period_start <= @to{only} ORDER BY period_start, metric",
            Map, cancellationToken, [.. parameters]);
    }

    internal static async Task WriteAsync(DbConnection connection, DbTransaction transaction, ISqlDialect dialect, WorkspaceId workspaceId, IReadOnlyList<Measurement> measurements, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(Upsert, transaction);
        foreach (var m in measurements)
        {
            if (m.WorkspaceId != workspaceId)
            {
                throw new ArgumentException("Every measurement must belong to the workspace it is saved in.", nameof(measurements));
            }

            command.Parameters.Clear();
            command.With(dialect, ("@ws", workspaceId.Value), ("@id", m.Id), ("@metric", m.Metric), ("@value", m.Value), ("@start", m.Period.Start),
                ("@end", m.Period.End), ("@source", m.Source), ("@campaign", m.Breakdown.Campaign ?? string.Empty), ("@channel", m.Breakdown.Channel ?? string.Empty),
                ("@product", m.Breakdown.Product ?? string.Empty), ("@at", m.RecordedAt), ("@by", m.RecordedBy));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    internal static Measurement Map(DbDataReader r) => new(
        r.Guid("id"), new WorkspaceId(r.String("workspace_id")), r.Enum<MetricKey>("metric"), r.Decimal("value"),
        new DateRange(r.Date("period_start"), r.Date("period_end")), r.Enum<MeasurementSource>("source"),
        new Breakdown(r.EmptyAsNull("campaign"), r.EmptyAsNull("channel"), r.EmptyAsNull("product")), r.Timestamp("recorded_at"), r.NullableString("recorded_by"));
}
