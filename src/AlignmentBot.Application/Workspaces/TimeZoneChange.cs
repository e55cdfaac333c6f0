using System.Text.RegularExpressions;
using AlignmentBot.Domain.Digests;

namespace AlignmentBot.Application.Workspaces;

/// <summary>
/// Asking to change the workspace's time zone in one's own words: "pls set the timezone to london", "can you change the tz
/// to pacific?", "switch us to london time", "time zone should be berlin", "we run on GMT now, update the time zone". Read
/// as the setting asked for, so the settings' gate saves an admin's and refuses anyone else's naming who may, instead of the
/// message falling outside what the bot does. Small cues rather than one pattern per phrasing: a zone the digests know
/// (a city, an abbreviation, an IANA id, said anywhere but after "from"), and either the words "time zone" with a word of
/// changing, or "to/on &lt;zone&gt; time" with one; no negation, no question only about which zone we are on, and nothing
/// that gives a time for something else (a digest, a reminder, a call).
/// Docs: docs/scenarios.md, "Paraphrase tables" (kind time-zone-change).
/// </summary>
public static partial class TimeZoneChange
{
    /// <summary>The IANA id of the zone asked for, or null when <paramref name="text"/> does not ask to change the time zone.</summary>
    public static string? Read(string text)
    {
        var t = text.Replace('’', '\'').Trim();
        if (t.Length is 0 or > 200 || Negation().IsMatch(t) || Elsewhere().IsMatch(t))
        {
            return null;
        }

        var changes = Change().IsMatch(t);
        var asks = (ZoneWord().IsMatch(t) && (changes || Assigned().IsMatch(t))) || (ZoneTime().IsMatch(t) && (changes || WeAreOn().IsMatch(t)));
        if (!asks || (WhichZone().IsMatch(t) && !changes))
        {
            return null;
        }

        return Zone(t);
    }

    // The last zone named, one to three words long ("london", "new york", "Europe/London"), skipping the one left ("from new york").
    private static string? Zone(string t)
    {
        var words = Word().Matches(t).ToArray();
        string? found = null;
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0 && words[i - 1].Value.Equals("from", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            for (var n = Math.Min(3, words.Length - i); n >= 1; n--)
            {
                var phrase = string.Join(' ', words.Skip(i).Take(n).Select(w => w.Value));
                if (DigestTimeZones.Normalize(phrase.Contains('/') ? phrase : phrase.ToLowerInvariant()) is { } id && id.Length > 0)
                {
                    found = id;
                    break;
                }
            }
        }

        return found;
    }

    [GeneratedRegex(@"[A-Za-z]+(?:/[A-Za-z_]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:time\s*-?\s*zone|tz)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ZoneWord();

    // "switch us to london time", "we're on pacific time now": a zone said as "<zone> time" after to/on.
    [GeneratedRegex(@"\b(?:to|on|onto|use|using)\s+(?:[a-z]+\s+){1,2}time\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ZoneTime();

    [GeneratedRegex(@"\b(?:set|change|switch|move|update|make|put|fix|go|turn|use|should\s+be|needs?\s+to\s+be|be)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Change();

    // "timezone: CET", "set timezone = pacific", "and tz to london please".
    [GeneratedRegex(@"(?:time\s*-?\s*zone|tz)\s*(?:[:=]|to\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Assigned();

    [GeneratedRegex(@"\b(?:we'?re|we\s+are|we\s+run|we'?ll\s+be|we\s+will\s+be)\s+on\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeAreOn();

    // "what time zone are we on?", "which timezone is the workspace in?": asking, not changing.
    [GeneratedRegex(@"^\W*(?:so\s+|and\s+|btw,?\s+)?(?:what|which|whats|what's|is|are)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhichZone();

    [GeneratedRegex(@"\b(?:don'?t|do\s+not|never|leave|keep|not)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();

    // A time for something else: a digest, a reminder, a call or meeting, the money we report in.
    [GeneratedRegex(@"\b(?:digest\w*|remind\w*|nudge\w*|call|meeting|webinar|currency|at\s+\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Elsewhere();
}
