using AlignmentBot.Application.Import;

namespace AlignmentBot.Application.Ports;

public interface IImportStore
{
    /// <summary>Writes everything in the batch in one transaction; a failure leaves nothing of it behind.</summary>
    Task ApplyAsync(ImportBatch batch, CancellationToken cancellationToken);
}
