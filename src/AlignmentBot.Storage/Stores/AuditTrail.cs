using System.Data.Common;
using AlignmentBot.Application.Audit;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage.Sql;

namespace AlignmentBot.Storage.Stores;

/// <summary>
/// Writes audit entries on the connection and in the transaction of the change they describe, so a change and its
/// entry commit or roll back together. The author is <see cref="AuditContext.Current"/>. Every store that changes
/// shared data takes one; a store built without one (a test, a tool) still records, with the system clock.
/// </summary>
public sealed class AuditTrail(TimeProvider time)
{
    internal const string Columns = "workspace_id, id, at, actor_kind, actor_id, actor_name, channel_id, conversation_id, conversation_name, kind, subject_id, subject, before_data, after_data";

    private long _lastTicks;

    public static AuditTrail Default { get; } = new(TimeProvider.System);

    /// <summary>
    /// Records a change unless nothing a reader would notice changed (same fields before and after).
    /// Returns whether an entry was written.
    /// </summary>
    internal async Task<bool> WriteAsync(DbConnection connection, DbTransaction? transaction, ISqlDialect dialect, WorkspaceId workspaceId, string kind,
        AuditSnapshot? before, AuditSnapshot? after, CancellationToken cancellationToken)
    {
        var subject = after ?? before ?? throw new ArgumentException("A change has a before, an after, or both.", nameof(after));
        if (before is not null && after is not null && before.Fields.SameAs(after.Fields))
        {
            return false;
        }

        var actor = AuditContext.Current;
        await using var command = connection.Command($"""
            INSERT INTO audit_log ({Columns})
            VALUES (@ws, @id, @at, @actorKind, @actorId, @actorName, @channel, @conversation, @place, @kind, @subjectId, @subject, @before, @after)
            """, transaction).With(dialect,
            ("@ws", workspaceId.Value), ("@id", Guid.NewGuid()), ("@at", Next()), ("@actorKind", actor.Kind), ("@actorId", actor.PersonId),
            ("@actorName", actor.Name), ("@channel", actor.ChannelId), ("@conversation", actor.ConversationId), ("@place", actor.Place),
            ("@kind", kind), ("@subjectId", subject.SubjectId), ("@subject", subject.Subject), ("@before", before?.Fields.ToJson()), ("@after", after?.Fields.ToJson()));
        await command.ExecuteNonQueryAsync(cancellationToken);
        return true;
    }

    /// <summary>Now, but never the same instant twice in this process, so entries of one transaction keep their order.</summary>
    private DateTimeOffset Next()
    {
        var now = time.GetUtcNow().UtcTicks;
        while (true)
        {
            var last = Interlocked.Read(ref _lastTicks);
            // PostgreSQL keeps microseconds: step by one so two entries never share a stored instant.
            var next = Math.Max(now, last + TimeSpan.TicksPerMicrosecond);
            next -= next % TimeSpan.TicksPerMicrosecond;
            if (next <= last)
            {
                next = last + TimeSpan.TicksPerMicrosecond;
            }

            if (Interlocked.CompareExchange(ref _lastTicks, next, last) == last)
            {
                return new DateTimeOffset(next, TimeSpan.Zero);
            }
        }
    }
}
