using System.Text;

namespace AlignmentBot.Application.Import;

/// <summary>
/// RFC 4180 CSV: quoted fields with embedded commas, quotes ("") and line breaks. The delimiter is
/// taken from the header line (comma, semicolon or tab), because European Excel exports use semicolons.
/// </summary>
public static class CsvParser
{
    public static CsvTable Parse(TextReader reader)
    {
        var text = reader.ReadToEnd();
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var delimiter = DetectDelimiter(text);
        var rows = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var rowStart = 1;
        var inQuotes = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                        continue;
                    }

                    inQuotes = false;
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                i++;
                continue;
            }

            if (c == '"' && field.Length == 0)
            {
                inQuotes = true;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                AddRow(rows, fields, rowStart);
                fields = [];
                line++;
                rowStart = line;
            }
            else
            {
                field.Append(c);
            }

            i++;
        }

        if (inQuotes)
        {
            throw new FormatException($"Line {rowStart}: a quoted field is never closed.");
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            AddRow(rows, fields, rowStart);
        }

        if (rows.Count == 0)
        {
            return new CsvTable([], []);
        }

        var header = rows[0].Fields.Select(h => h.Trim()).ToArray();
        return new CsvTable(header, rows.Skip(1).ToArray());
    }

    private static void AddRow(List<CsvRecord> rows, List<string> fields, int line)
    {
        // Blank lines (common at the end of exports) are not rows.
        if (fields.Count == 1 && fields[0].Length == 0)
        {
            return;
        }

        rows.Add(new CsvRecord(line, fields.ToArray()));
    }

    private static char DetectDelimiter(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var header = end < 0 ? text : text[..end];
        var counts = new[] { (',', header.Count(ch => ch == ',')), (';', header.Count(ch => ch == ';')), ('\t', header.Count(ch => ch == '\t')) };
        return counts.OrderByDescending(x => x.Item2).First().Item1 is var best && counts.Max(x => x.Item2) > 0 ? best : ',';
    }
}
