namespace AlignmentBot.Application.Import;

public sealed record CsvTable(IReadOnlyList<string> Header, IReadOnlyList<CsvRecord> Records)
{
    /// <summary>Index of the first header that matches one of <paramref name="names"/> (case, spaces and punctuation ignored).</summary>
    public int Column(params string[] names)
    {
        foreach (var name in names)
        {
            var wanted = Key(name);
            for (var i = 0; i < Header.Count; i++)
            {
                if (Key(Header[i]) == wanted)
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>"Lifecycle Stage" → "lifecyclestage": letters and digits only, lower case. The sync maps every record's
    /// stage and status through it, so it builds the string in one pass instead of through an enumerator per character.</summary>
    public static string Key(string header)
    {
        var kept = 0;
        var lowered = true;
        foreach (var c in header)
        {
            if (char.IsLetterOrDigit(c))
            {
                kept++;
                lowered &= char.ToLowerInvariant(c) == c;
            }
        }

        if (kept == header.Length && lowered)
        {
            return header;
        }

        return string.Create(kept, header, static (span, text) =>
        {
            var i = 0;
            foreach (var c in text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    span[i++] = char.ToLowerInvariant(c);
                }
            }
        });
    }
}
