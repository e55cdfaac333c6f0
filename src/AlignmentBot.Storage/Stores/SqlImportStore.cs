using System.Globalization;
using AlignmentBot.Application.Audit;
using AlignmentBot.Application.Import;
using AlignmentBot.Application.Ports;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Storage.Sql;

namespace AlignmentBot.Storage.Stores;

public sealed class SqlImportStore(IDbConnectionFactory connections, AuditTrail? audit = null) : SqlStore(connections, audit), IImportStore
{
    public Task ApplyAsync(ImportBatch batch, CancellationToken cancellationToken)
        => InTransactionAsync(async (connection, transaction) =>
        {
            await SqlMeasurementStore.WriteAsync(connection, transaction, Dialect, batch.WorkspaceId, batch.Measurements, cancellationToken);
            await SqlLeadStore.WriteAsync(connection, transaction, Dialect, batch.WorkspaceId, batch.Leads, cancellationToken);
            foreach (var list in batch.AccountLists)
            {
                if (list.WorkspaceId != batch.WorkspaceId)
                {
                    throw new ArgumentException("Every account list must belong to the batch's workspace.", nameof(batch));
                }

                await SqlAccountListStore.WriteAsync(connection, transaction, Dialect, list, cancellationToken);
            }

            // One entry per file: a year of daily numbers is one change a reader cares about, not hundreds.
            await AuditAsync(connection, transaction, batch.WorkspaceId, AuditKinds.Imported, null, Summary(batch), cancellationToken);
        }, cancellationToken);

    private static AuditSnapshot Summary(ImportBatch batch)
    {
        string? Count(int n) => n == 0 ? null : n.ToString(CultureInfo.InvariantCulture);
        var periods = batch.Measurements.Count == 0
            ? null
            : $"{batch.Measurements.Min(m => m.Period.Start).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} – {batch.Measurements.Max(m => m.Period.End).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        var source = batch.Source ?? "import";
        return new AuditSnapshot(source, $"import of {source}", AuditFields.Of(
            ("measurements", Count(batch.Measurements.Count)),
            ("metrics", batch.Measurements.Count == 0 ? null : string.Join(", ", batch.Measurements.Select(m => m.Metric).Distinct().Order().Select(m => MetricCatalog.Get(m).Plural))),
            ("periods", periods),
            ("leads", Count(batch.Leads.Count)),
            ("account lists", batch.AccountLists.Count == 0 ? null : string.Join(", ", batch.AccountLists.Select(l => $"{l.Name} ({l.Accounts.Count})")))));
    }
}
