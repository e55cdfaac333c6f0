using System.Text.RegularExpressions;
using AlignmentBot.Conversations.Understanding;

namespace AlignmentBot.Application.Dialogs.Sla;

/// <summary>The terms a counter-proposal names; a term it leaves out stays as the proposal on the table has it.</summary>
public sealed record SlaCounterTerms(int? Leads, decimal? Hours);

/// <summary>
/// A counter-proposal to the agreement on the table, said as people say it: "12h won't fly with my team, counter: 230 MQLs
/// and 20 hours", "no chance on 20 hours — we'd do 240 if it's thirty hours", "240 works if we get thirty hours to call back"
/// (the terms asked in return), "can't do 24h, make it 48", "260 is ok but we need 30 hours", "honestly we can only
/// properly feed 225 a month, same follow-up", "what about 250
/// MQLs and 24 hours?". Two cues together, not one pattern per phrasing: something that puts other terms forward (a
/// counter word, a turn-down of the terms, an offer such as "make it", "how about", "we'd do", "instead") and at least one
/// term: the follow-up time as <see cref="FollowUpTime"/> reads it, or a lead count from the number model. A term turned
/// down ("not 12 hours", "8 hours is impossible", "no chance on 20 hours") is not the counter's.
/// </summary>
public static partial class SlaCounter
{
    /// <summary>The counter's terms, or null when the message puts none forward (a question about the terms, a check-in, a signature).</summary>
    public static SlaCounterTerms? Read(string text, Entities entities)
    {
        var t = text.Replace('’', '\'');

        // "260's a big ask": the number model leaves a count with "'s" after it out; it is the count all the same.
        var missed = CountWithS().Matches(t).Where(m => !entities.NumberList.Any(n => n.Span.Start == m.Index))
            .Select(m => new NumberMention(decimal.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture), new TextSpan(m.Index, m.Length), m.Value)).ToList();
        if (missed.Count > 0)
        {
            entities = entities with { Numbers = [.. entities.NumberList, .. missed] };
        }

        if (!PutsForward().IsMatch(t) && !QuotesAndOffers(t, entities))
        {
            return null;
        }

        // A question is a counter only when it offers ("what about 250 MQLs?", "can we do 30 hours instead?").
        if (Questions.QuestionAnswers.IsQuestion(t) && !OffersAsQuestion().IsMatch(t) && !CounterWord().IsMatch(t))
        {
            return null;
        }

        var durations = FollowUpTime.All(t).OrderBy(d => d.Start).ToList();
        var taken = new List<(int Start, int End)>(durations.Select(d => (d.Start, d.Start + d.Length)));
        decimal? hours = null;
        var lastTurnedDown = -1;
        foreach (var d in durations)
        {
            if (TurnedDown(t, d.Start, d.Start + d.Length))
            {
                lastTurnedDown = d.Start + d.Length;
            }
            else
            {
                hours = d.Hours;
            }
        }

        var numbers = entities.NumberList.Where(n => n.Span.End <= t.Length && !taken.Any(s => n.Span.Start < s.End && n.Span.End > s.Start)).ToList();

        // "we can't do 24h, make it 48", "can't promise 8 hours, 24 is the best we can do": with the hours turned down, the
        // next bare number (no lead word after it) is the hours offered instead.
        if (hours is null && lastTurnedDown >= 0
            && numbers.FirstOrDefault(n => n.Span.Start >= lastTurnedDown && !LeadWordAfter().IsMatch(t, n.Span.End)) is { } bare)
        {
            hours = bare.Value;
            numbers.Remove(bare);
        }

        // "260 is a stretch for us, we'd do 235", "260 is way beyond us. we can do 220": the proposal's volume is quoted and
        // judged, the counter's is offered. With two left, the one offered ("we'd do 235", "200 we can hit", "235 is
        // doable") is the counter's.
        var counts = numbers.Where(n => n.Value >= 10 && n.Value == Math.Floor(n.Value)).ToList();
        var candidates = counts.Where(n => !TurnedDown(t, n.Span.Start, n.Span.End)).ToList();
        var leads = (candidates.Count > 1 ? candidates.FirstOrDefault(n => Offered(t, n.Span.Start, n.Span.End)) ?? candidates[0] : candidates.FirstOrDefault()) is { } offered
            ? (int?)decimal.ToInt32(offered.Value)
            : null;
        if (leads is null && hours is null)
        {
            return null;
        }

        // A bare number with neither a lead word nor a counter word is too thin to be a lead count on its own ("… 42").
        // A number turned down beside it ("260 is a stretch for us, we'd do 235") makes the other one the counter's.
        if (hours is null && !LeadWordPresent().IsMatch(t) && !CounterWord().IsMatch(t) && !TurnDownWord().IsMatch(t) && candidates.Count == counts.Count
            && !(candidates.Count > 1 && candidates.Any(n => Offered(t, n.Span.Start, n.Span.End))))
        {
            return null;
        }

        return new SlaCounterTerms(leads, hours);
    }

    /// <summary>"not 12 hours", "no chance on 20 hours", "can't do 24h", "12h won't fly", "8 hours is impossible", "instead of 20".</summary>
    private static bool TurnedDown(string text, int start, int end)
        => DownBefore().IsMatch(text[..start]) || DownAfter().IsMatch(text, end) || JudgedAfter().IsMatch(text, end);

    /// <summary>
    /// "250's too rich for our budget, 210 is what we can deliver", "260's a big ask. 210 works for us": one lead count turned
    /// down and another left standing puts the other forward, whatever words offer it.
    /// </summary>
    private static bool QuotesAndOffers(string text, Entities entities)
    {
        // The follow-up time is a term as a count is: "18h is a fantasy lol. 240 is ok but we need 30 hours" turns the hours
        // down with their unit stuck on and leaves others standing. A number inside a duration is the duration's.
        var durations = FollowUpTime.All(text).Select(d => (d.Start, End: d.Start + d.Length)).ToList();
        var counts = entities.NumberList.Where(n => n.Span.End <= text.Length && n.Value >= 10 && n.Value == Math.Floor(n.Value)
            && !durations.Any(d => n.Span.Start < d.End && n.Span.End > d.Start)).Select(n => (n.Span.Start, n.Span.End));
        var terms = counts.Concat(durations).ToList();
        return terms.Any(n => TurnedDown(text, n.Start, n.End)) && terms.Any(n => !TurnedDown(text, n.Start, n.End));
    }

    /// <summary>"we'd do 235", "how about 240", "200 we can hit", "235 is doable", "200 tops": a number put forward.</summary>
    private static bool Offered(string text, int start, int end)
        => OfferBefore().IsMatch(text[..start]) || OfferAfter().IsMatch(text, end);

    [GeneratedRegex(@"\b\d{2,5}(?='s\b)", RegexOptions.CultureInvariant)]
    private static partial Regex CountWithS();

    private const string Fine = @"(?:doable|realistic|fine|ok|okay|good|achievable|feasible|manageable|possible|what\b|the\s+best|works?|comfortable|right|more\s+realistic)\b";

    // A number judged as the subject of what follows, other than well: "260 is way beyond us", "260 feels high", "260
    // would burn us out", "220 isn't", "260? no way". A number judged well ("235 is doable") is not turned down.
    // The number model may take "260's" whole, so a "'s" just read is the copula.
    [GeneratedRegex(@"\G(?<='s)\s+(?!(?:\w+\s+){0,2}" + Fine + @")|\G\s*(?:mqls?\s+|leads?\s+)?(?:a\s+month\s+|per\s+month\s+)?(?:(?:is|'s|are|feels|seems|sounds|looks)\s+(?!(?:\w+\s+){0,2}" + Fine + @")|would\s+(?!(?:\w+\s+)?(?:work|be\s+fine))|won'?t\b|isn'?t\b|\?\s*(?:no|nope|nah)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JudgedAfter();

    [GeneratedRegex(@"(?:\b(?:do|say|about|at|to|agree|sign|commit\s+to|deliver|manage|promise|counter)\s*:?\s*|\b(?:we'?d|we\s+(?:can|could|would|will)|i'?d)\s+(?:\w+\s+)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfferBefore();

    [GeneratedRegex(@"\G\s*(?:mqls?\s+|leads?\s+)?(?:(?:is|'s)\s+(?:\w+\s+){0,2}" + Fine + @"|(?:we|marketing|our\s+team|i)\s+(?:can|could)\b|(?:tops|max|yes|maybe|please|instead)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfferAfter();

    private const string Counter = @"\bcounter(?:[\s-]?(?:offer|proposal))?\b|\bcounterproposal\b";

    [GeneratedRegex(Counter, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CounterWord();

    [GeneratedRegex(@"\b(?:no\s+chance|no\s+way|nope|won'?t\s+(?:fly|work)|can'?t|cannot|impossible|too\s+(?:tight|many|much|short|fast|aggressive)|not\s+(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|sixty|hundred)\b|\w+\s+(?:hours?|h|mqls?)\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TurnDownWord();

    [GeneratedRegex(Counter + @"|\b(?:no\s+chance|no\s+way|nope|won'?t\s+(?:fly|work)|can'?t\s+(?:do|promise|commit|hit|manage)|impossible|a\s+stretch|too\s+(?:tight|many|much|short|fast|aggressive)|how\s+about|what\s+about|make\s+it|go\s+with|meet\s+in\s+the\s+middle|push\s+it\s+to|instead|rather|(?:more\s+)?realistic|max\b|tops\b|the\s+best\s+we\s+can|commit\s+to|work\s+better|live\s+with|(?:we|i)(?:'d|'ll|\s+would|\s+will|\s+can|\s+could)\s+(?:do|sign|need|take|manage|handle|go|live)|and\s+(?:i'?ll|we'?ll)\s+sign|and\s+we'?re\s+(?:in|good|set)|and\s+(?:we|you)(?:'ve|\s+have)?\s+(?:got\s+)?a\s+deal|(?:not|isn'?t|ain'?t)\s+happening|(?:we|i|sales|my\s+(?:team|reps|guys|people)|the\s+team|our\s+(?:team|reps))\s+(?:can|could)\s+(?:only|just|realistically)\s+(?:[a-z]+ly\s+)?(?:promise|commit\s+to|guarantee|deliver|do|manage|work|handle|take|process|absorb|cope\s+with|keep\s+up\s+with|feed|supply|send|generate|produce|hand\s+over|get\s+you)|(?:but|though|only\s+if)\s+(?:we|i|sales|my\s+(?:team|reps|guys|people)|the\s+team|our\s+(?:team|reps))\s+(?:really\s+|still\s+)?(?:need|want|require)\b|give\s+(?:us|me|my\s+(?:team|reps|guys|people))\b|(?:if|as\s+long\s+as|so\s+long\s+as|provided(?:\s+that)?)\s+(?:we|i|sales|my\s+(?:team|reps))\s+(?:get|have|can\s+have|are\s+given)\b|in\s+(?:exchange|return)\s+for\b|why\s+not|(?:can|could)\s+we\s+(?:do|go|make|say)|not\s+(?=\d|\w+(?:[\s-]\w+)?\s*(?:,|hours?|h\b|mqls?)))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PutsForward();

    [GeneratedRegex(@"\b(?:how|what)\s+about\b|\b(?:can|could)\s+we\s+(?:do|go|make|say|agree)\b|\bwhy\s+not\b|\binstead\b|\blet'?s\s+say\b|\bmeet\s+(?:us|me)\s+at\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OffersAsQuestion();

    [GeneratedRegex(@"(?:\b(?:not(?:\s+(?:at|even))?|instead\s+of|rather\s+than|than|no\s+chance\s+(?:on|of|with)|no\s+way\s+(?:on|with)|can'?t\s+(?:do|promise|commit\s+to|hit|manage)|cannot\s+(?:do|promise|commit\s+to|hit|manage))\s*(?:a\s+|the\s+)?[~$€£]?\s*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DownBefore();

    // What is said of a term after it to turn it down: "12h won't fly", "twelve hours is way too aggressive", "300 is a
    // stretch", "260 is more than my team can work", "8 hours is just not doable".
    [GeneratedRegex(@"\G\s*(?:mqls?\s+|leads?\s+|follow[\s-]?ups?\s+)?(?:(?:just|really|simply|honestly|definitely|absolutely|clearly|frankly|so)\s+)?(?:won'?t\s+(?:fly|work|happen)|(?:is|'s)\s+(?:(?:just|really|honestly|pure|a\s+bit\s+of\s+a)\s+)?(?:a\s+)?(?:fantasy|joke|pipe\s*dream|non-?starter|dream|fairy\s*tale|no-?go|dealbreaker|deal\s+breaker)\b|(?:is|'s)\s+not\s+happening|(?:is|are|'s)\s+(?:(?:way|far|much|a\s+bit|a\s+little|just|really|honestly)\s+)?(?:impossible|too\b|not\b|unrealistic|more\s+than\b|a\s+(?:stretch|lot|no)\b|off\s+the\s+table)|isn'?t\b|doesn'?t\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DownAfter();

    [GeneratedRegex(@"\G\s*(?:mqls?|leads?|a\s+month|per\s+month|/\s*mo)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadWordAfter();

    [GeneratedRegex(@"\b(?:mqls?|leads?|a\s+month|per\s+month)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadWordPresent();
}
