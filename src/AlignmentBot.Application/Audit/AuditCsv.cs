using System.Globalization;

namespace AlignmentBot.Application.Audit;

/// <summary>
/// The audit trail as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break
/// quoted with doubled quotes). A cell that a spreadsheet would run as a formula (it starts with = + - @, a tab or a
/// carriage return) gets a leading apostrophe, so a display name like "=HYPERLINK(…)" stays text.
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

    public static string Row(IReadOnlyList<string?> cells) => string.Join(',', cells.Select(Cell)) + "\r\n";

    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
