namespace AlignmentBot.Testing;

/// <summary>
/// Raised whenever something a test watches changes (a log line written, a call recorded), so a test waits for its
/// condition to become true instead of sleeping and looking again. The timeout only bounds a test that would otherwise
/// hang; nothing is asserted about how long the wait took.
/// </summary>
public sealed class ChangeSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Raise() => Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>True once <paramref name="condition"/> holds; false when <paramref name="timeout"/> passed without it.</summary>
    public async Task<bool> WaitAsync(Func<bool> condition, TimeSpan timeout)
    {
        using var expiry = new CancellationTokenSource(timeout);
        while (true)
        {
            // Taken before the condition is checked, so a change in between wakes the next wait instead of being missed.
            var changed = Volatile.Read(ref _next).Task;
            if (condition())
            {
                return true;
            }

            try
            {
                await changed.WaitAsync(expiry.Token);
            }
            catch (OperationCanceledException) when (expiry.IsCancellationRequested)
            {
                return condition();
            }
        }
    }
}
