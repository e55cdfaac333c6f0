namespace AlignmentBot.Domain.Digests;

/// <summary>IANA ids and the abbreviations people type in chat ("9am ET"), resolved against the system's zone data.</summary>
public static class DigestTimeZones
{
    // Abbreviations are ambiguous by nature (IST, CST); each maps to the zone most B2B users mean by it.
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["utc"] = "UTC",
        ["gmt"] = "Europe/London",
        ["bst"] = "Europe/London",
        ["uk"] = "Europe/London",
        ["london"] = "Europe/London",
        ["cet"] = "Europe/Berlin",
        ["central european"] = "Europe/Berlin",
        ["central europe"] = "Europe/Berlin",
        ["western european"] = "Europe/Lisbon",
        ["eastern european"] = "Europe/Athens",
        ["cest"] = "Europe/Berlin",
        ["berlin"] = "Europe/Berlin",
        ["paris"] = "Europe/Paris",
        ["amsterdam"] = "Europe/Amsterdam",
        ["eet"] = "Europe/Athens",
        ["et"] = "America/New_York",
        ["est"] = "America/New_York",
        ["edt"] = "America/New_York",
        ["eastern"] = "America/New_York",
        ["east coast"] = "America/New_York",
        ["new york"] = "America/New_York",
        ["ct"] = "America/Chicago",
        ["cst"] = "America/Chicago",
        ["cdt"] = "America/Chicago",
        ["central"] = "America/Chicago",
        ["chicago"] = "America/Chicago",
        ["mt"] = "America/Denver",
        ["mst"] = "America/Denver",
        ["mdt"] = "America/Denver",
        ["mountain"] = "America/Denver",
        ["pt"] = "America/Los_Angeles",
        ["pst"] = "America/Los_Angeles",
        ["pdt"] = "America/Los_Angeles",
        ["pacific"] = "America/Los_Angeles",
        ["west coast"] = "America/Los_Angeles",
        ["san francisco"] = "America/Los_Angeles",
        ["ist"] = "Asia/Kolkata",
        ["india"] = "Asia/Kolkata",
        ["jst"] = "Asia/Tokyo",
        ["tokyo"] = "Asia/Tokyo",
        ["sgt"] = "Asia/Singapore",
        ["singapore"] = "Asia/Singapore",
        ["aest"] = "Australia/Sydney",
        ["aedt"] = "Australia/Sydney",
        ["sydney"] = "Australia/Sydney",
        ["israel"] = "Asia/Jerusalem",
        ["tel aviv"] = "Asia/Jerusalem",
        ["dubai"] = "Asia/Dubai",
        ["gst"] = "Asia/Dubai",
    };

    public static IEnumerable<string> KnownAbbreviations => Abbreviations.Keys;

    /// <summary>Finds an IANA id ("Europe/Berlin"), "UTC", or an abbreviation/city from <see cref="KnownAbbreviations"/>.</summary>
    public static bool TryFind(string? text, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var id = Abbreviations.TryGetValue(text.Trim(), out var mapped) ? mapped : IanaId(text.Trim());
        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found))
        {
            zone = found;
            return true;
        }

        return false;
    }

    /// <summary>The IANA id an abbreviation or city stands for; the text itself when it already is an id.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Abbreviations.TryGetValue(text.Trim(), out var mapped))
        {
            return mapped;
        }

        var id = IanaId(text.Trim());
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out _) ? id : null;
    }

    /// <summary>
    /// An IANA id as the zone data spells it, however it was typed: "europe/dublin" is Europe/Dublin (the zone files are
    /// looked up by exact name on Linux, so a chat message's lower case found no zone). Other text is returned as it is.
    /// </summary>
    private static string IanaId(string text)
        => text.Contains('/', StringComparison.Ordinal) && !TimeZoneInfo.TryFindSystemTimeZoneById(text, out _)
            ? TimeZoneInfo.GetSystemTimeZones().FirstOrDefault(z => z.Id.Equals(text, StringComparison.OrdinalIgnoreCase))?.Id ?? text
            : text;

    public static TimeZoneInfo Get(string id)
        => TryFind(id, out var zone) ? zone : throw new ArgumentException($"Unknown time zone '{id}'.", nameof(id));
}
