namespace AlignmentBot.Application.Bot;

/// <summary>
/// Serialises turns of the same conversation inside one process (two quick messages from one person), with a
/// fixed number of locks so memory does not grow with the number of conversations. Across processes, the
/// versioned state write is what keeps turns from overwriting each other.
/// </summary>
internal sealed class StripedLocks
{
    private readonly SemaphoreSlim[] _locks = Enumerable.Range(0, 256).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async Task<IDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        var gate = _locks[(int)((uint)StringComparer.Ordinal.GetHashCode(key) % (uint)_locks.Length)];
        await gate.WaitAsync(cancellationToken);
        return new Releaser(gate);
    }

    private sealed class Releaser(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
