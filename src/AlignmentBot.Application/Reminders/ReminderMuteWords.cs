using System.Text.RegularExpressions;
using AlignmentBot.Domain.Metrics;

namespace AlignmentBot.Application.Reminders;

/// <summary>
/// One's own check-in reminders switched off or back on, in other words than <see cref="ReminderRequest"/>'s phrasings:
/// "pls stop nagging me, I'll send numbers when I have them", "ok, pause the CPL ones then", "actually pls start reminding me
/// about CPL again", "turn my reminders off 🙏", "bring back the reminders". Three cues, not one phrasing: reminders talked
/// about (a reminder noun, "nag/ping/bug me", or "the CPL ones"), a switch (off: stop, pause, mute, no more, don't …; on:
/// start, resume, back on, again), and no question. The goal is the metric the message names, read by the metric catalogue's
/// names, so any goal's words work; none named is every goal. Someone else reminded ("remind Sam …"), a schedule, an absence
/// or "don't stop the reminders" is not it. Built against <c>Paraphrases/reminder-mute-words.*.txt</c>.
/// </summary>
public static partial class ReminderMuteWords
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Whether reminders go off (<c>Mute</c>) or on, and the goal's words ("CPL", "follow-up time"; empty for every goal).</summary>
    public static (bool Mute, string Goal)? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 240)
        {
            return null;
        }

        var t = text.Trim().Replace('’', '\'');
        if (Question().IsMatch(t) || KeepThem().IsMatch(t) || SomeoneElse().IsMatch(t) || !(Reminders().IsMatch(t) || NagMe().IsMatch(t)))
        {
            return null;
        }

        bool mute;
        if (Off().IsMatch(t))
        {
            mute = true;
        }
        else if (On().IsMatch(t))
        {
            mute = false;
        }
        else
        {
            return null;
        }

        // "about everything", "all my reminders": every goal, whatever else is said.
        return (mute, Everything().IsMatch(t) ? string.Empty : MetricNamed(t) ?? string.Empty);
    }

    /// <summary>"mute cpl", "unmute all", as the paraphrase table writes it (the metric by its shortest common name).</summary>
    public static string? Describe(string? text)
    {
        if (Read(text) is not { } read)
        {
            return null;
        }

        var what = read.Goal.Length == 0 ? "all" : MetricCatalog.TryParse(read.Goal, out var key) ? key switch
        {
            MetricKey.CostPerLead => "cpl",
            MetricKey.FollowUpTime => "follow-up",
            MetricKey.SalesCycle => "cycle",
            _ => MetricCatalog.NameOf(key).Replace('_', '-'),
        } : read.Goal;
        return (read.Mute ? "mute " : "unmute ") + what;
    }

    /// <summary>
    /// The first metric the words name, longest name first at each word ("follow-up time" before nothing, "sales cycle"
    /// before "sales"), as written, for the goal look-up to read again.
    /// </summary>
    private static string? MetricNamed(string text)
    {
        var words = Word().Matches(text).Select(m => m.Value).ToArray();
        for (var i = 0; i < words.Length; i++)
        {
            for (var n = Math.Min(4, words.Length - i); n >= 1; n--)
            {
                var phrase = string.Join(' ', words, i, n);
                if (MetricCatalog.TryParse(phrase, out _))
                {
                    return phrase;
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"[\p{L}\d][\p{L}\d-]*")]
    private static partial Regex Word();

    /// <summary>A question about reminders changes nothing: "what reminders do I have?", "am I getting reminders about CPL?", "why do you keep reminding me?".</summary>
    // After an interjection too: "wait when do you remind me again?" asks.
    [GeneratedRegex(@"^(?:(?:" + Corrections.Interjections.One + @"|so|hey|and|btw)\b[\s,.!-]*)*(?:what|which|why|who|when|where|how|am|is|are|did|does|have|has|do(?!\s+not\b)|will\s+i|should|could\s+i)\b", Options)]
    private static partial Regex Question();

    /// <summary>Wanting them kept: "don't stop the reminders", "do not turn them off".</summary>
    [GeneratedRegex(@"\b(?:don't|dont|do\s+not|never)\s+(?:stop|pause|mute|turn\s+(?:\w+\s+)?off|switch\s+(?:\w+\s+)?off|kill)\b", Options)]
    private static partial Regex KeepThem();

    /// <summary>Someone else's reminders, named: "stop reminding Sam about …", "no more reminders to @priya", "pause them for Marco".</summary>
    [GeneratedRegex(@"\b(?:remind|nag|ping|bug|chas|nudg|pester|hassl|bother|hound)\w*\s+(?:@|<@|\p{Lu}\p{Ll}+\b)|\b(?:to|for)\s+(?:@|<@|\p{Lu}\p{Ll}+\b)", RegexOptions.CultureInvariant)]
    private static partial Regex SomeoneElse();

    /// <summary>Reminders as a thing: "reminders", "nudges", "the pings", "the nagging", "check-in reminders", "the CPL ones".</summary>
    [GeneratedRegex(@"\b(?:reminders?|nudges|pings|nagging|reminding)\b|\bthe\s+[\w-]+(?:\s+[\w-]+)?\s+ones\b", Options)]
    private static partial Regex Reminders();

    /// <summary>Being reminded oneself: "nagging me", "bug me", "remind me", "pestering me" (not "remind Sam").</summary>
    // "stop remindng me": a letter slipped in "reminding".
    [GeneratedRegex(@"\b(?:remi?n?d(?:n|i?n)g|(?:remind|nagg?|ping|bugg?|bother|hassl|pester|nudg|chas|hound)(?:e|es|ed|ing|in|s|d)?)\s+me\b", Options)]
    private static partial Regex NagMe();

    /// <summary>Switching them off: stop, quit, pause, mute, silence, hold off, drop, no more, enough, "don't remind me", "turn them off".</summary>
    // "mql reminders → off": the understanding reads an arrow as "to" (LanguageModel), so "reminders to off" is the same switch;
    // the command reads the understanding's text, and a switch read from one text but not the other was answered with silence.
    [GeneratedRegex(@"\b(?:stop|quit|pause|mute|silence|hold\s+off|drop|kill|no\s+more|enough|lay\s+off|give\s+it\s+a\s+rest|don't|dont|do\s+not|(?:turn|switch|shut)\s+(?:[\w-]+\s+){0,3}?off)\b|\b(?:reminders?|nudges|pings)\s*(?:→|->|=>|:|=|-|to\b)?\s*off\s*[.!]*$", Options)]
    private static partial Regex Off();

    /// <summary>Switching them back on: start, resume, unmute, bring back, "turn them on", "back on", "again".</summary>
    [GeneratedRegex(@"\b(?:start|restart|resume|unmute|unpause|bring\s+back|(?:turn|switch)\s+(?:[\w-]+\s+){0,3}?on|back\s+on|again)\b", Options)]
    private static partial Regex On();

    /// <summary>Every goal: "about everything", "all my reminders", "any reminders".</summary>
    [GeneratedRegex(@"\b(?:everything|all\s+(?:my\s+|the\s+|of\s+(?:my|the)\s+)?(?:reminders|nudges|pings|of\s+them|goals))\b", Options)]
    private static partial Regex Everything();
}
