using AlignmentBot.Application.Import;
using AlignmentBot.Application.Ports;
using AlignmentBot.Storage.Sql;

namespace AlignmentBot.Storage.Stores;

public sealed class SqlImportStore(IDbConnectionFactory connections) : SqlStore(connections), IImportStore
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
        }, cancellationToken);
}
