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

    public static string Key(string header)
        => new(header.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
