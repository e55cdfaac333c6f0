using System.Data.Common;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Storage.Sql;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Storage.Inbox;

/// <summary>
/// The inbox as the turn_inbox table. New rows, answers and progress go through one writer that commits them in
/// batches (<see cref="InboxWriter"/>); claims, lease renewals and clean-up run on their own connections. On
/// PostgreSQL several instances share the table: a claim takes only rows whose lease ran out, skipping rows another
/// instance is claiming at that moment (FOR UPDATE SKIP LOCKED). On SQLite one process owns the file and takes every
/// unfinished row when it starts.
/// </summary>
public sealed class SqlTurnInbox : IStoredInbox, IAsyncDisposable
{
    private readonly IDbConnectionFactory _connections;
    private readonly InboxWriter _writer;

    public SqlTurnInbox(IDbConnectionFactory connections, bool shared, TimeProvider time, ILogger<SqlTurnInbox> logger)
        : this(connections, shared, time, logger, flushOverride: null)
    {
    }

    /// <param name="flushOverride">Tests only: stands in for the flush of SQLite's log file (<see cref="WalFlusher"/>).</param>
    internal SqlTurnInbox(IDbConnectionFactory connections, bool shared, TimeProvider time, ILogger<SqlTurnInbox> logger, Action<FileStream>? flushOverride)
    {
        _connections = connections;
        IsShared = shared;

        // Unique per process start: a restarted process must not mistake its predecessor's leases for its own.
        Owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";
        _writer = new InboxWriter(connections, Owner, time, logger, flushOverride);
    }

    public bool IsDurable => true;

    public string Owner { get; }

    public bool IsShared { get; }

    /// <summary>Why the inbox cannot be written right now (the last batch failed and none has succeeded since), or null.</summary>
    public Exception? WriteFailure => _writer.LastFailure;

    /// <summary>When a batch of inbox writes last failed, while <see cref="WriteFailure"/> is set.</summary>
    public DateTimeOffset? WriteFailureAt => _writer.LastFailureAt;

    public async Task<bool> AddAsync(InboxEntry entry, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        var insert = new InboxOp.Insert(entry, leaseUntil);
        _writer.Enqueue(insert);
        return await insert.Done!.Task.WaitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<InboxEntry>> ClaimAsync(InboxClaim claim, CancellationToken cancellationToken)
    {
        var dialect = _connections.Dialect;
        await using var connection = await _connections.OpenAsync(cancellationToken);
        var sql = dialect is PostgresDialect ? InboxSql.ClaimPostgres : InboxSql.ClaimSqlite;
        await using var command = connection.Command(sql).With(dialect,
            ("@owner", Owner), ("@until", claim.LeaseUntil), ("@now", claim.Now), ("@all", claim.IgnoreLeases), ("@max", claim.Max));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var claimed = new List<InboxEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            claimed.Add(new InboxEntry(
                new TurnWorkKey(reader.String("channel_id"), reader.String("workspace_id"), reader.String("conversation_id"), reader.String("item_id")),
                reader.String("work_type"),
                reader.NullableString("work"),
                reader.Timestamp("received_at"))
            {
                Attempts = reader.Int("attempts"),
                AnswerType = reader.NullableString("answer_type"),
                Answer = reader.NullableString("answer"),
                Delivered = reader.Int("delivered"),
            });
        }

        return claimed.OrderBy(e => e.ReceivedAt).ToList();
    }

    public async Task RenewAsync(DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        await using var command = connection.Command(InboxSql.Renew).With(_connections.Dialect, ("@until", leaseUntil), ("@owner", Owner));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task SaveAnswerAsync(TurnWorkKey key, string answerType, string answer, CancellationToken cancellationToken)
        => WriteAsync(new InboxOp.SaveAnswer(key, answerType, answer), cancellationToken);

    public Task DeliveredAsync(TurnWorkKey key, int steps, bool last, CancellationToken cancellationToken)
    {
        if (!last)
        {
            return WriteAsync(new InboxOp.Delivered(key, steps, awaited: true), cancellationToken);
        }

        _writer.Enqueue(new InboxOp.Delivered(key, steps, awaited: false));
        return Task.CompletedTask;
    }

    public void Complete(TurnWorkKey key, DateTimeOffset at) => _writer.Enqueue(new InboxOp.Complete(key, at));

    public void Defer(TurnWorkKey key, int attempts, DateTimeOffset nextAttemptAt, string reason) => _writer.Enqueue(new InboxOp.Defer(key, attempts, nextAttemptAt, reason));

    public void Fail(TurnWorkKey key, int attempts, string reason, DateTimeOffset at) => _writer.Enqueue(new InboxOp.Fail(key, attempts, reason, at));

    public async Task ReleaseAsync(IReadOnlyCollection<TurnWorkKey> keys, CancellationToken cancellationToken)
    {
        var releases = keys.Select(k => new InboxOp.Release(k)).ToList();
        foreach (var release in releases)
        {
            _writer.Enqueue(release);
        }

        await Task.WhenAll(releases.Select(r => r.Done!.Task)).WaitAsync(cancellationToken);
    }

    public Task FlushAsync(CancellationToken cancellationToken) => WriteAsync(new InboxOp.Flush(), cancellationToken);

    /// <summary>Deletes done and failed rows received before <paramref name="before"/>; returns how many.</summary>
    public async Task<int> ForgetFinishedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        await using var command = connection.Command(InboxSql.ForgetFinished).With(_connections.Dialect, "@before", before);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _writer.DisposeAsync();

    private async Task WriteAsync(InboxOp op, CancellationToken cancellationToken)
    {
        _writer.Enqueue(op);
        await op.Done!.Task.WaitAsync(cancellationToken);
    }
}
