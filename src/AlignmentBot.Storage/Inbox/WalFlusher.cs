using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Storage.Inbox;

/// <summary>
/// SQLite in WAL mode: makes the inbox's new rows durable off the writer's path (a pipelined group commit). The writer
/// commits every batch with synchronous=NORMAL, which puts the batch's frames in the log without waiting for the disk,
/// and goes on with the next batch; this flushes the log file to disk (fdatasync) on threads of its own, and only then
/// are the batch's new rows acknowledged. A flush covers every batch committed before it started; batches that come in
/// while flushes run gather for the next free flush thread (up to <see cref="FlushThreads"/> flushes at once), so the
/// writer never waits for the disk, and an acknowledgement waits for one flush instead of its batch's statements plus a
/// flush. What is on disk when a platform is acknowledged is the same as with synchronous=FULL: the new row's frames were
/// flushed. SQLite itself still syncs the log's header when it starts the log over and the database file at each
/// checkpoint (synchronous=NORMAL in WAL mode).
/// </summary>
internal sealed class WalFlusher : IAsyncDisposable
{
    private readonly string _logPath;
    private readonly Action<FileStream> _flush;
    private readonly ILogger _logger;
    /// <summary>
    /// Guards <see cref="_waiting"/> and <see cref="_completed"/>. A lock and a pulse rather than a channel: the flush thread
    /// blocks, and a channel wakes a blocked reader through a thread-pool item that then sets its event (two wake-ups per
    /// flush, each a context switch, which this VM's hypervisor makes dear); a pulse wakes it directly.
    /// </summary>
    private readonly object _gate = new();
    private List<(InboxOp Op, bool Result)> _waiting = [];
    private bool _completed;
    private int _idle;
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _running;
    private int _generation;

    /// <param name="databasePath">The database file; its log is the file beside it with "-wal" appended.</param>
    /// <param name="flush">Tests only: stands in for the flush of the open log file.</param>
    /// <param name="exactPath">The path is the file to flush itself (the inbox journal), not a database whose log is.</param>
    public WalFlusher(string databasePath, ILogger logger, Action<FileStream>? flush = null, bool exactPath = false)
    {
        _logPath = exactPath ? databasePath : databasePath + "-wal";
        _flush = flush ?? FlushToDisk;
        _logger = logger;
        _running = FlushThreads;
        for (var i = 0; i < FlushThreads; i++)
        {
            new Thread(Run) { IsBackground = true, Name = $"AlignmentBot inbox log flush {i + 1}" }.Start();
        }
    }

    /// <summary>
    /// Flushes that may run at once. A new batch does not wait for the flush in progress to end: an idle thread starts one
    /// of its own, which covers it as well (it started after the batch was committed). On this build machine's virtual
    /// disk two concurrent fdatasync calls on one file take about a quarter of one's time each, the device merging them
    /// (418 flushes a second and 1.3 ms at the median from one thread, 1,864 and 0.3 ms from two; four are no better),
    /// and an acknowledgement that waits for one flush instead of the rest of another plus its own comes sooner.
    /// </summary>
    public const int FlushThreads = 2;

    /// <summary>The last flush failed with this, and none has worked since; null while flushing works.</summary>
    public Exception? LastFailure
    {
        get => Volatile.Read(ref _lastFailure);
        private set => Volatile.Write(ref _lastFailure, value);
    }

    private Exception? _lastFailure;

    /// <summary>A committed write whose caller is let go once the log is on disk.</summary>
    public void Add(InboxOp op, bool result)
    {
        lock (_gate)
        {
            if (!_completed)
            {
                _waiting.Add((op, result));
                // Only an empty list can have a flush thread waiting for it: the first write after one was taken wakes an
                // idle thread, if there is one; while all flush, what comes in gathers for the first to finish.
                if (_waiting.Count == 1 && _idle > 0)
                {
                    Monitor.Pulse(_gate);
                }

                return;
            }
        }

        op.Done?.TrySetException(new ObjectDisposedException(nameof(WalFlusher), "The inbox is closed: the host is stopping."));
    }

    /// <summary>The writer opened a new connection: the log may be a new file by now, so it is opened again before the next flush.</summary>
    public void Reopen() => Interlocked.Increment(ref _generation);

    /// <summary>Flushes what is waiting, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            _completed = true;
            Monitor.PulseAll(_gate);
        }

        await _stopped.Task;
    }

    /// <summary>
    /// fdatasync on Linux, as SQLite's own log syncs are: the frames and the file's size reach the disk, the modification
    /// time is left for later (fsync, which .NET's Flush(true) calls, journals that too and takes longer). fsync elsewhere.
    /// </summary>
    private static void FlushToDisk(FileStream log)
    {
        if (!OperatingSystem.IsLinux())
        {
            log.Flush(flushToDisk: true);
            return;
        }

        var added = false;
        var handle = log.SafeFileHandle;
        try
        {
            handle.DangerousAddRef(ref added);
            if (Native.fdatasync((int)handle.DangerousGetHandle()) != 0)
            {
                var errno = Marshal.GetLastPInvokeError();
                throw new IOException($"Flushing {log.Name} to disk failed: {Marshal.GetPInvokeErrorMessage(errno)}", errno);
            }
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    private void Run()
    {
        var batch = new List<(InboxOp Op, bool Result)>();
        var log = new OpenLog();
        try
        {
            while (true)
            {
                lock (_gate)
                {
                    while (_waiting.Count == 0 && !_completed)
                    {
                        _idle++;
                        Monitor.Wait(_gate);
                        _idle--;
                    }

                    if (_waiting.Count == 0)
                    {
                        break;
                    }

                    // Swapped, not copied: the writer fills the other list while this one is flushed.
                    (batch, _waiting) = (_waiting, batch);
                }

                Flush(batch, log);
                batch.Clear();
            }
        }
        finally
        {
            log.File?.Dispose();
            if (Interlocked.Decrement(ref _running) == 0)
            {
                _stopped.TrySetResult();
            }
        }
    }

    /// <summary>A flush thread's own handle on the log, and the writer's connection it was opened under.</summary>
    private sealed class OpenLog
    {
        public FileStream? File;
        public int Generation;
    }

    private void Flush(List<(InboxOp Op, bool Result)> batch, OpenLog log)
    {
        try
        {
            var generation = Volatile.Read(ref _generation);
            if (log.File is not null && log.Generation != generation)
            {
                log.File.Dispose();
                log.File = null;
            }

            // Opened for writing because only a writable handle is flushed; nothing is ever written through it.
            if (log.File is null)
            {
                log.File = new FileStream(_logPath, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
                log.Generation = generation;
            }

            _flush(log.File);
            if (LastFailure is not null)
            {
                _logger.LogInformation("The inbox's log can be flushed to disk again");
                LastFailure = null;
            }

            foreach (var (op, result) in batch)
            {
                op.Done?.TrySetResult(result);
            }
        }
        catch (Exception ex)
        {
            // The rows are committed but may not be on disk: the platform is not acknowledged and delivers them again,
            // which finds them recorded (a retry) and leaves them to the sweep once their lease runs out.
            log.File?.Dispose();
            log.File = null;
            if (LastFailure is null)
            {
                _logger.LogWarning(ex, "Flushing the inbox's log to disk failed; {Count} new item(s) refused: {Reason}", batch.Count, ex.Message);
            }

            LastFailure = ex;
            foreach (var (op, _) in batch)
            {
                op.Done?.TrySetException(ex);
            }
        }
    }

    private static class Native
    {
        [DllImport("libc", SetLastError = true)]
        public static extern int fdatasync(int fd);
    }
}
