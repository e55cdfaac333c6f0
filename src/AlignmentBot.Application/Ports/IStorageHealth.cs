namespace AlignmentBot.Application.Ports;

public interface IStorageHealth
{
    Task<StorageStatus> CheckAsync(CancellationToken cancellationToken);
}
