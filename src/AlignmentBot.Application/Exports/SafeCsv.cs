namespace AlignmentBot.Application.Exports;

/// <summary>
/// CSV rows a spreadsheet opens safely (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line
/// break quoted with doubled quotes). A cell that a spreadsheet would run as a formula (it starts with = + - @, a tab or
/// a carriage return) gets a leading apostrophe, so a name like "=HYPERLINK(…)" stays text. Every CSV the bot writes
/// (the audit trail and the exports) goes through here.
/// </summary>
public static class SafeCsv
{
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
