using System.Runtime.InteropServices;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Storage.Inbox;

/// <summary>
/// SQLite in WAL mode: makes the inbox's new rows durable off the writer's path (a pipelined group commit). The writer
/// commits every batch with synchronous=NORMAL, which puts the batch's frames in the log without waiting for the disk,
/// and goes on with the next batch; this flushes the log file to disk (fsync) on a thread of its own, and only then are
/// the batch's new rows acknowledged. One flush covers every batch committed before it started, so while one runs the
/// next batches gather behind it: the writer never waits for the disk, and an acknowledgement waits for one flush
/// instead of its batch's statements plus a flush. What is on disk when a platform is acknowledged is the same as with
/// synchronous=FULL: the new row's frames were flushed. SQLite itself still syncs the log's header when it starts the
/// log over and the database file at each checkpoint (synchronous=NORMAL in WAL mode).
/// </summary>
internal sealed class WalFlusher : IAsyncDisposable
{
    private readonly string _logPath;
    private readonly Action<FileStream> _flush;
    private readonly ILogger _logger;
    private readonly Channel<(InboxOp Op, bool Result)> _waiting = Channel.CreateUnbounded<(InboxOp, bool)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Thread _thread;
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private FileStream? _log;
    private volatile bool _reopen;

    /// <param name="databasePath">The database file; its log is the file beside it with "-wal" appended.</param>
    /// <param name="flush">Tests only: stands in for the flush of the open log file.</param>
    public WalFlusher(string databasePath, ILogger logger, Action<FileStream>? flush = null)
    {
        _logPath = databasePath + "-wal";
        _flush = flush ?? FlushToDisk;
        _logger = logger;
        _thread = new Thread(Run) { IsBackground = true, Name = "AlignmentBot inbox log flush" };
        _thread.Start();
    }

    /// <summary>The last flush failed with this, and none has worked since; null while flushing works.</summary>
    public Exception? LastFailure { get; private set; }

    /// <summary>A committed write whose caller is let go once the log is on disk.</summary>
    public void Add(InboxOp op, bool result)
    {
        if (!_waiting.Writer.TryWrite((op, result)))
        {
            op.Done?.TrySetException(new ObjectDisposedException(nameof(WalFlusher), "The inbox is closed: the host is stopping."));
        }
    }

    /// <summary>The writer opened a new connection: the log may be a new file by now, so it is opened again before the next flush.</summary>
    public void Reopen() => _reopen = true;

    /// <summary>Flushes what is waiting, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _waiting.Writer.TryComplete();
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
        try
        {
            while (_waiting.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                batch.Clear();
                while (_waiting.Reader.TryRead(out var waiting))
                {
                    batch.Add(waiting);
                }

                Flush(batch);
            }
        }
        finally
        {
            _log?.Dispose();
            _stopped.TrySetResult();
        }
    }

    private void Flush(List<(InboxOp Op, bool Result)> batch)
    {
        try
        {
            if (_reopen)
            {
                _reopen = false;
                _log?.Dispose();
                _log = null;
            }

            // Opened for writing because only a writable handle is flushed; nothing is ever written through it.
            _log ??= new FileStream(_logPath, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
            _flush(_log);
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
            _log?.Dispose();
            _log = null;
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
