using System.Text.RegularExpressions;
using AlignmentBot.Conversations.Dialogs;

namespace AlignmentBot.Application.Digests;

/// <summary>
/// A weekly digest asked for in the user's own words: "could this channel get the weekly digest thursdays at 3 in the
/// afternoon pls", "ok then can we get one fridays at noon" after a question about it, "fine, then set one up for fridays at
/// 3pm", or the ask in the middle of a long message ("…so what I actually want is for this channel to get the weekly digest
/// every thursday at half ten instead. the slides are in the drive"). Per clause, three cues, not one phrasing: the digest
/// (named, or "one"/"it"/"that" while the digest is the topic), a weekday and a clock time (read as
/// <see cref="DigestWhenWords"/> reads them), and neither a question nor another thing done to it (stop, move, preview,
/// remind). The clause is what the schedule is read from, so a weekday elsewhere in the message ("we agreed to stop the monday
/// status meeting") is not the digest's. Built against <c>Paraphrases/digest-ask-words.*.txt</c>.
/// </summary>
public static partial class DigestAsk
{
    /// <summary>The kind of <see cref="RecentAction"/> left after a reply about the digest that set none up, so "one" next is it.</summary>
    public const string Talk = "digest_talk";

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Remembered after a reply about the digest (a question answered, nothing to stop).</summary>
    public static RecentAction Talked() => new(Talk, string.Empty);

    /// <summary>
    /// The clause that asks for the digest, with its weekday and time, or null. <paramref name="digestInTalk"/>: the digest is
    /// the topic (the turn before was about it, or the message is already taken as being about it), so "one" or "it" stands for it.
    /// </summary>
    public static (string Clause, DayOfWeek Day, TimeOnly Time)? Read(string? text, bool digestInTalk)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 600)
        {
            return null;
        }

        foreach (var clause in Clauses().Split(text.Trim().Replace('’', '\'')))
        {
            var c = clause.Trim();
            if (c.Length == 0 || Question().IsMatch(c) || SomethingElse().IsMatch(c) || !(Named().IsMatch(c) || (digestInTalk && StandsForIt().IsMatch(c))))
            {
                continue;
            }

            if (DigestWhenWords.DayIn(c) is { } day && DigestWhenWords.TimeIn(c) is { } time)
            {
                return (c, day, time);
            }
        }

        return null;
    }

    /// <summary>
    /// "when does the first one arrive?", "when's the next one?", "what time will it land?" with the digest the topic: asked
    /// when it goes out, which is answered, never set up or changed. Read only while the digest is the topic.
    /// </summary>
    public static bool AsksWhen(string? text)
        => text is not null && text.Length <= 120 && WhenItComes().IsMatch(text.Replace('’', '\'')) && !SomethingElse().IsMatch(text);

    /// <summary>
    /// "what's even in the digest?", "perfect. what'll it cover?", "what did it cover anyway?", "what does the digest include?":
    /// asked what a digest holds (the digest named, or "it" while it is the topic), which is answered; nothing is set up.
    /// </summary>
    public static bool AsksWhatItHolds(string? text, bool digestInTalk)
        => text is not null && text.Length <= 160 && WhatItHolds().Match(text.Replace('’', '\'')) is { Success: true } m
            && (Named().IsMatch(m.Value) || (digestInTalk && StandsForIt().IsMatch(m.Value)));

    /// <summary>
    /// "how often does it go out, and on which time zone?", "is that every week or every other week?", "what tz is it on?" with
    /// the digest the topic: asked about its schedule with "it" for the digest, which is answered from the digest.
    /// </summary>
    public static bool AsksItsSchedule(string? text)
        => text is not null && text.Length <= 160 && Question().IsMatch(text.Replace('’', '\'')) && ItsSchedule().IsMatch(text.Replace('’', '\''))
            && !SomethingElse().IsMatch(text);

    [GeneratedRegex(@"\b(?:it|that|this|one)\b.*\b(?:time\s*zone|tz|how\s+often|every\s+(?:other\s+)?week|weekly|fortnightly|go(?:es)?\s+out|land|arrive|come)\b|\b(?:time\s*zone|tz|how\s+often)\b.*\b(?:it|that|this|one)\b", Options)]
    private static partial Regex ItsSchedule();

    /// <summary>
    /// "the digest last week was actually kinda helpful ngl", "loved the digest this morning, super useful": a remark about a
    /// digest that went out, with no day, time or figure and no word that asks for anything, so nothing is set up or changed.
    /// </summary>
    public static bool IsRemark(string? text)
        => text is not null && text.Length <= 200 && Named().IsMatch(text) && RemarkWords().IsMatch(text) && !AskWords().IsMatch(text)
            && DigestWhenWords.DayIn(text) is null && DigestWhenWords.TimeIn(text) is null && !text.Any(char.IsDigit);

    /// <summary>
    /// "mqls so far this week are 31, and pls set the digest here tuesdays 10am", "spend this week 17k, also can you set the
    /// digest here for thursdays 9am": the digest asked for beside a check-in. The parts that name a metric and a figure and
    /// not the digest (<paramref name="checkIn"/> says which do) are the check-in; the rest is the digest's ask. Null when the
    /// message does not hold both.
    /// </summary>
    public static (string CheckIn, string Others)? CheckInBeside(string? text, Func<string, bool> checkIn)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 400 || !Named().IsMatch(text))
        {
            return null;
        }

        var parts = Parts().Split(text.Replace('’', '\'')).Select(p => Leading().Replace(p, string.Empty).Trim()).Where(p => p.Length > 0).ToArray();
        var said = parts.Where(p => !Named().IsMatch(p) && !Question().IsMatch(p) && p.Any(char.IsDigit) && checkIn(p)).ToArray();
        var rest = parts.Except(said).ToArray();
        return said.Length == 0 || !rest.Any(p => Named().IsMatch(p)) ? null : (string.Join(", ", said), string.Join(", ", rest));
    }

    [GeneratedRegex(@"[,;]+\s*|(?<=[.!?])\s+|\s+(?:and\s+also|and|also|plus)\s+", Options)]
    private static partial Regex Parts();

    [GeneratedRegex(@"^(?:(?:and|also|plus|oh|ok|pls|please|btw)\b[\s,]*)+", Options)]
    private static partial Regex Leading();

    [GeneratedRegex(@"\b(?:was|were|been|helpful|useful|handy|great|good|nice|love[ds]?|liked?|enjoy(?:ed)?|thanks|thank\s+you|ngl|lol|cool|awesome|solid)\b", Options)]
    private static partial Regex RemarkWords();

    [GeneratedRegex(@"\b(?:set|setup|send|get|want|need|subscribe|add|start|give|post|schedule|move|push|change|stop|can|could|would\s+you|will\s+you|pls|please|let'?s|every|each|preview|show)\b", Options)]
    private static partial Regex AskWords();

    /// <summary>Whether the message names the digest, so the next one may say "one" for it.</summary>
    public static bool Mentions(string? text) => text is not null && Named().IsMatch(text);

    /// <summary>"yes" or "no", as the paraphrase table writes it (read with the digest as the topic).</summary>
    public static string Describe(string? text) => Read(text, digestInTalk: true) is null ? "no" : "yes";

    /// <summary>Clause breaks: the end of a sentence, or a comma before "so", "but", "and", "because", "since".</summary>
    [GeneratedRegex(@"(?<=[.!?;])\s+|,\s*(?=(?:so|but|and|because|since)\b)", Options)]
    private static partial Regex Clauses();

    /// <summary>The digest by name, typed with its letters swapped too: "digest", "digset", "weekly summary", "weekly roundup".</summary>
    [GeneratedRegex(@"\bdig(?:est|set|ets)s?\b|\bweekly\s+(?:summary|roundup|round-up|update|report)\b", Options)]
    private static partial Regex Named();

    [GeneratedRegex(@"^\s*(?:(?:ok|okay|so|and|cool|great|nice|thanks|thx|perfect|awesome|lovely|sweet|brilliant|got\s+it)\b[\s,!.]*)*(?:when(?:'s|\s+(?:does|will|do|is|would|should))|what\s+(?:day|time)\s+(?:does|will|is|would))\s+(?:the\s+|our\s+)?(?:(?:first|next|1st)\s+)?(?:one|it|that|dig(?:est|set)|summary)\b", Options)]
    private static partial Regex WhenItComes();

    [GeneratedRegex(@"\b(?:one|it|that)\b", Options)]
    private static partial Regex StandsForIt();

    [GeneratedRegex(@"\bwhat(?:'s|s|\s+is|'ll|\s+will|\s+does|\s+did|\s+would|\s+do)?\s+(?:even\s+|actually\s+|usually\s+)?(?:in\s+(?:the\s+|a\s+|this\s+|that\s+|our\s+)?(?:\w+\s+)?(?:dig(?:est|set)|summary|roundup|it|that|one)\b|(?:it|that|the\s+(?:\w+\s+)?(?:dig(?:est|set)|summary|roundup)|a\s+digest|this\s+digest)\s+(?:\w+\s+)?(?:cover|include|contain|show|have|say|tell\s+(?:us|me|you)|look\s+like)\w*)", Options)]
    private static partial Regex WhatItHolds();

    /// <summary>A question about it: "would the digest show…", "is the digest sent on mondays…", "when does the first one arrive?".</summary>
    // "so what I actually want is …" is no question: a question word before "I"/"we" opens a statement.
    [GeneratedRegex(@"^(?:(?:ok|okay|so|hey|hmm+|and|btw|also)\b[\s,]*)*(?:(?:what|what's|whats|when|where|who|whose|why|which|how)(?!\s+(?:i|we)\b)|is|are|was|were|does|do|did|will|would(?!\s+be\b)|should|has|have)\b", Options)]
    private static partial Regex Question();

    /// <summary>Something else done to it: stopped, moved, previewed ("show me", not "show up", which is arriving), sent now, or a reminder.</summary>
    [GeneratedRegex(@"\b(?:stop|cancel|pause|unsubscribe|don't|dont|do\s+not|no\s+more|(?:turn|switch|shut)\s+(?:\w+\s+){0,3}?off|move|reschedule|change|switch|preview|show(?!\s+up\b)|remind)\b", Options)]
    private static partial Regex SomethingElse();
}
