using System.Globalization;
using AlignmentBot.Application.Exports;

namespace AlignmentBot.Application.Audit;

/// <summary>
/// The audit trail as CSV, written by <see cref="SafeCsv"/>: a display name like "=HYPERLINK(…)" stays text.
/// </summary>
public static class AuditCsv
{
    public static readonly IReadOnlyList<string> Header =
        ["at_utc", "workspace", "actor_kind", "actor_id", "actor_name", "channel", "conversation", "place", "kind", "subject_id", "subject", "changes", "before", "after"];

    public static async Task<int> WriteAsync(TextWriter writer, IEnumerable<AuditEntry> entries, CancellationToken cancellationToken)
    {
        await writer.WriteAsync(Row(Header).AsMemory(), cancellationToken);
        var count = 0;
        foreach (var e in entries)
        {
            await writer.WriteAsync(Row(
            [
                e.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
                e.WorkspaceId.Value,
                e.Actor.Kind.ToString(),
                e.Actor.PersonId,
                e.Actor.Name,
                e.Actor.ChannelId,
                e.Actor.ConversationId,
                e.Actor.Place,
                e.Kind,
                e.SubjectId,
                e.Subject,
                ChangesReport.Changes(e),
                e.Before?.ToJson(),
                e.After?.ToJson(),
            ]).AsMemory(), cancellationToken);
            count++;
        }

        await writer.FlushAsync(cancellationToken);
        return count;
    }

    private static string Row(IReadOnlyList<string?> cells) => SafeCsv.Row(cells);
}
