namespace AlignmentBot.Application.Digests;

/// <summary>
/// One post at a time per conversation, so two digests for one channel arrive one after the other (and inside
/// Slack's one-message-per-second-per-channel rule) while other channels go ahead in parallel.
/// </summary>
public sealed class ConversationLocks
{
    private readonly Dictionary<string, (SemaphoreSlim Gate, int Users)> _gates = new(StringComparer.Ordinal);
    private readonly Lock _sync = new();

    public async Task<IDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken)
    {
        SemaphoreSlim gate;
        lock (_sync)
        {
            var entry = _gates.TryGetValue(conversationKey, out var existing) ? existing : (Gate: new SemaphoreSlim(1, 1), Users: 0);
            _gates[conversationKey] = (entry.Gate, entry.Users + 1);
            gate = entry.Gate;
        }

        try
        {
            await gate.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(conversationKey);
            throw;
        }

        return new Releaser(this, conversationKey, gate);
    }

    /// <summary>Conversations with a post running or waiting (for tests and diagnostics).</summary>
    public int Active
    {
        get
        {
            lock (_sync)
            {
                return _gates.Count;
            }
        }
    }

    private void Leave(string conversationKey)
    {
        lock (_sync)
        {
            var entry = _gates[conversationKey];
            if (entry.Users == 1)
            {
                // The last user removes the entry, so a long-running host does not keep one semaphore per channel ever seen.
                _gates.Remove(conversationKey);
                entry.Gate.Dispose();
            }
            else
            {
                _gates[conversationKey] = (entry.Gate, entry.Users - 1);
            }
        }
    }

    private sealed class Releaser(ConversationLocks owner, string key, SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
                owner.Leave(key);
            }
        }
    }
}
