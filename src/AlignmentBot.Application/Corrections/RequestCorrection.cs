using System.Text.RegularExpressions;
using AlignmentBot.Application.Dialogs.Goals;
using AlignmentBot.Application.Dialogs.Requests;
using AlignmentBot.Application.Understanding;
using AlignmentBot.Conversations.Understanding;

namespace AlignmentBot.Application.Corrections;

/// <summary>
/// What one message corrects in the request just logged, or in the draft whose goal question waits: who asked, the cost
/// (figures or words), its currency, the due date, a word of the title (or the title or goal, <see cref="RequestFix"/>).
/// Null fields are not said; nothing else changes.
/// </summary>
public sealed record RequestCorrected(string? Requester, decimal? Cost, string? CostCurrency, string? Currency, DateOnly? Due, RequestFixed? Fix)
{
    public bool Any => Requester is not null || Cost is not null || Currency is not null || Due is not null || Fix is not null;
}

/// <summary>
/// One reader for "the request I just told you about, corrected": it joins the readers of each field (<see
/// cref="RequesterCorrection"/> through <see cref="RequestParsing.CorrectedRequester"/>, <see cref="RequestCostCorrection"/>,
/// <see cref="RequestFix"/>) with the due date, read from small parts: a word that names the due date or owns up to a
/// mistake, and a day outside what it replaces ("the 14th, not the 10th"), a day of the month alone being the next such
/// day. Not a question, not a change declined ("don't change the due date", "due date is fine"), and not a new request
/// ("Sam also wants a case study by the 14th"), which is another thing asked for, not this one corrected.
/// </summary>
public static partial class RequestCorrection
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <param name="entities">Reads a piece of the text (the message without what it replaces, for the due date).</param>
    /// <param name="metrics">The metric names the language model finds in a piece of the text.</param>
    public static RequestCorrected? Read(string? text, Func<string, Entities> entities, Func<string, IReadOnlyList<string>> metrics, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200 || Declined().IsMatch(text) || IsNewAsk(text))
        {
            return null;
        }

        // "can you push it to Thursday", "could we make that 1.2k?": a change asked for is said; other questions are not.
        var asked = RequestFix.AskedChange(text);
        if (Questions.QuestionAnswers.IsQuestion(text[asked..]) || asked == 0 && (Questions.QuestionAnswers.IsQuestion(text) || text.TrimEnd().EndsWith('?')))
        {
            return null;
        }

        var e = entities(text);
        var fix = RequestFix.Read(text, metrics);
        var requester = fix is { Field: RequestFixField.Currency or RequestFixField.Swap } ? null : Requester(text);
        var titled = fix is { Field: RequestFixField.Title or RequestFixField.Swap };
        var due = titled ? null : Due(text, entities, today);
        decimal? cost = null;
        string? costCurrency = null;
        if (!titled && due is null || !titled && Amount().IsMatch(text))
        {
            // "two thousand five hundred not two grand": the cost reader knows which amount is new; the currency said stays.
            var worded = RequestCostCorrection.Read(text, e);
            if (worded is { } amount && (e.Money is not null || DayNumber().Matches(text).All(m => m.Groups["d"].Value != amount.ToString(System.Globalization.CultureInfo.InvariantCulture))))
            {
                cost = amount;
                costCurrency = e.Money?.Currency;
            }
            else if (e.Money is { Amount: > 0 } money && (GoalWords.IsCorrection(text) || OwnsUp().IsMatch(text)))
            {
                cost = money.Amount;
                costCurrency = money.Currency;
            }
        }

        // "sorry, one-pager, not two-pager - they want it short": the words meant and the title's words they replace, said bare.
        if (fix is null && requester is null && cost is null && due is null && BareSwap().Match(text) is { Success: true } swap
            && !Figure().IsMatch(swap.Groups["new"].Value + " " + swap.Groups["old"].Value))
        {
            fix = new RequestFixed(RequestFixField.Swap, swap.Groups["new"].Value.Trim(), swap.Groups["old"].Value.Trim());
        }
        else if (fix is null && requester is null && cost is null && due is null && NotThenMeant().Match(text) is { Success: true } turned
            && !Figure().IsMatch(turned.Groups["new"].Value + " " + turned.Groups["old"].Value) && !RequestFix.AskedBy().IsMatch(turned.Groups["new"].Value))
        {
            // "not webinar, workshop": what it replaces said first, then what is meant.
            fix = new RequestFixed(RequestFixField.Swap, turned.Groups["new"].Value.Trim(), turned.Groups["old"].Value.Trim());
        }

        var currency = fix is { Field: RequestFixField.Currency, Value: var code } ? code : null;
        var rest = fix is { Field: RequestFixField.Currency } ? null : fix;
        var read = new RequestCorrected(requester, cost, costCurrency, currency, due, rest);
        return read.Any ? read : null;
    }

    /// <summary>The one who asked, as a correction names them: the requester readers, and "Dana's the one who wants it".</summary>
    private static string? Requester(string text)
    {
        if (RequestParsing.CorrectedRequester(text) is { } named)
        {
            return named;
        }

        // "scratch that, Alex asked, not Sam", "ugh, not Marco - it was Sam who wanted it": the requester readers after the
        // words that own up to the mistake and the name it replaces.
        var t = NotFirst().Replace(Opener().Replace(text, string.Empty), string.Empty);
        if (t.Length < text.Length && t.Length > 0 && RequestParsing.CorrectedRequester(t) is { } after)
        {
            return after;
        }

        // "Marco... no wait, it was Sam": what follows the last change of mind is what is meant.
        if (ChangeOfMind().Matches(text).LastOrDefault() is { } changed && changed.Index > 0 && text[(changed.Index + changed.Length)..] is { Length: > 0 } meant
            && RequestParsing.CorrectedRequester(meant) is { } last)
        {
            return last;
        }

        return TheOne().Match(t) is { Success: true } one && !NotAName().IsMatch(one.Groups["who"].Value) ? one.Groups["who"].Value : null;
    }

    /// <summary>The due date said as the new one: after a due word or an owning-up word, outside what it replaces.</summary>
    private static DateOnly? Due(string text, Func<string, Entities> entities, DateOnly today)
    {
        // Only a word that names the due date makes a day the due date: "actually, remind me on the 14th" is not one.
        if (!DueWord().IsMatch(text))
        {
            return null;
        }

        var kept = Replaced().Replace(text, " ");
        if (DayNumber().Match(kept) is { Success: true } day && !MonthBefore().IsMatch(kept[..day.Index]) && int.Parse(day.Groups["d"].Value) is var d and >= 1 and <= 31)
        {
            return NextDay(today, d);
        }

        // A day named in words ("Friday", "Dec 14", "next wednesday"), only when a due word says it is the due date.
        if (entities(kept).Deadline is { } deadline && deadline >= today)
        {
            return deadline;
        }

        // "make the due date Monday" said on a Monday: a weekday named alone is the next one after today, never today.
        return Weekday().Matches(kept).Select(w => WeekdayWords.Named(w.Value)).FirstOrDefault(d => d is not null) is { } weekday
            ? Domain.Common.Periods.OnOrAfter(today.AddDays(1), weekday)
            : null;
    }

    /// <summary>A word that may name a weekday ("monday", "thurs", "weds"), not one said with "last" or "every".</summary>
    [GeneratedRegex(@"(?<!\b(?:last|every|each|past|previous)\s+)\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", Options)]
    private static partial Regex Weekday();

    /// <summary>The next day of the month <paramref name="d"/> from today (today included).</summary>
    private static DateOnly NextDay(DateOnly today, int d)
    {
        for (var month = new DateOnly(today.Year, today.Month, 1); ; month = month.AddMonths(1))
        {
            if (d <= DateTime.DaysInMonth(month.Year, month.Month) && new DateOnly(month.Year, month.Month, d) is var date && date >= today)
            {
                return date;
            }
        }
    }

    /// <summary>Says the due date: "due", "deadline", "need(s) it by", "by the 15th", "move/push/bump it to".</summary>
    [GeneratedRegex(@"\b(?:due|deadline|dead\s+line|need(?:s|ed)?\s+(?:it|that|this|them)\s+(?:by|for|on|before)|want(?:s|ed)?\s+(?:it|that|this|them)\s+(?:by|for|on|before)|by\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b|wrong\s+(?:date|day)|(?:move|push|pull|bring|change|shift|bump|slide)\s+(?:it|that|this|the\s+(?:due\s+)?date|the\s+deadline)\s+(?:back\s+|forward\s+|out\s+|up\s+)?(?:to|till|until)\b)", Options)]
    private static partial Regex DueWord();

    /// <summary>Owning up beyond the correction words goals use: "typo", "fat-fingered it", "mistyped", "scratch that", "gah".</summary>
    [GeneratedRegex(@"\b(?:sorry|soz|oops|whoops|my\s+bad|typo|fat[\s-]?finger(?:ed)?|mis-?typed|mistake|scratch\s+that|gah|ugh|wrong\s+(?:date|day|amount|number|price|cost|person)|correction|meant|should\s+(?:be|have\s+been)|hang\s+on|hold\s+on|wait)\b", Options)]
    private static partial Regex OwnsUp();

    /// <summary>What is replaced: "not the 10th", "instead of Friday", "rather than Dec 10", up to the next comma.</summary>
    [GeneratedRegex(@"\b(?:not|instead\s+of|rather\s+than)\s+[^,;.!?]*", Options)]
    private static partial Regex Replaced();

    /// <summary>A day of the month said alone: "the 14th", "14th", "the 1st".</summary>
    [GeneratedRegex(@"(?<![\d/.-])\b(?:the\s+)?(?<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b", Options)]
    private static partial Regex DayNumber();

    [GeneratedRegex(@"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$", Options)]
    private static partial Regex MonthBefore();

    [GeneratedRegex(@"[$€£]|\d\s*(?:k|grand|bucks|usd|eur|gbp)\b|\b(?:hundred|thousand|grand|bucks|cost|price|amount)\b", Options)]
    private static partial Regex Amount();

    /// <summary>"don't change the due date", "due date is fine", "leave the date".</summary>
    [GeneratedRegex(@"\b(?:don'?t|do\s+not|dont|no\s+need\s+to|never\s*mind)\s+(?:\w+\s+)?(?:change|move|update|fix|touch|correct)\b|\b(?:date|due\s+date|deadline|cost|price|amount|requester)(?:'s|\s+is|\s+was)\s+(?:fine|ok|okay|right|correct|good)\b|\bleave\s+(?:it|the\s+\w+)\b", Options)]
    private static partial Regex Declined();

    /// <summary>
    /// Whether the message tells another thing asked for rather than correcting the request just logged: "Sam also wants a
    /// case study", "ugh, long day. before I forget - Dana asked for a battle card vs Globex, 900 bucks", "Alex's been on at me
    /// about an investor deck refresh. 1200 bucks", "log: objection handling cards for Marco", "hey, I need two customer
    /// quotes". The ask may open any clause, after chatter; what is asked for is a thing, not "it" ("Marco wants it by
    /// Friday" says when), and a clause with "not"/"instead" in it corrects. A question is never one.
    /// </summary>
    public static bool IsNewAsk(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (RequestParsing.AsksToLog(text))
        {
            return true;
        }

        if (Questions.QuestionAnswers.IsQuestion(text))
        {
            return false;
        }

        var starts = new List<int> { 0 };
        starts.AddRange(AskClauseBreak().Matches(text).Select(m => m.Index + m.Length));
        foreach (var start in starts)
        {
            var clause = AskOpener().Replace(text[start..], string.Empty, 1);
            if (NewAsk().IsMatch(clause) || BeenOnAtMe().IsMatch(clause))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where another clause may open: after a sentence's end, a colon or semicolon, or a dash set off by spaces.</summary>
    [GeneratedRegex(@"(?:[.!?;:]+|\s[-–—]+)\s+", Options)]
    private static partial Regex AskClauseBreak();

    /// <summary>Chatter before the ask: "ok,", "phew.", "also,", "oh and one more", "before I forget".</summary>
    [GeneratedRegex(@"^\W*(?:(?:so|ok|okay|hey|hi|oh|and|also|right|well|anyway|anyways|btw|phew|ugh|fyi|plus|one\s+more|another\s+one|before\s+i\s+forget)\b[\s,.!:…\-–—]*)+", Options)]
    private static partial Regex AskOpener();

    /// <summary>"Alex's been on at me about an investor deck refresh", "Sam has been bugging me for a one-pager": a thing, not "it".</summary>
    [GeneratedRegex(@"^[^,]*?\b(?:'s|’s|\s+has|\s+had|\s+is|\s+was|\s+keeps)?\s*(?:been\s+)?(?:on\s+at|bugging|nagging|chasing|pestering|hassling|badgering)\s+(?:me|us)\s+(?:about|for|over)\s+(?!(?:it|that|this|them)\b)[\w$€£]", Options)]
    private static partial Regex BeenOnAtMe();

    /// <summary>Someone wants or asked for another thing ("Sam also wants a case study", "Marco needs banners", "Dana's after a
    /// paid search test", "Marco dropped one on me: …"), not "it".</summary>
    [GeneratedRegex(@"^(?!.*\b(?:not|instead)\b)[^,]*?\b(?:also\s+)?(?:wants?|needs?|asked\s+for|requested|is\s+asking\s+for|would\s+like|'d\s+like|is\s+after|(?:'s|’s)\s+after|keeps\s+asking\s+for)\s+(?!(?:it|that|this|them|one|to|by|for|on|before|until|till)\b)[\w$€£]|^[^,]*?\b(?:dropped|threw|landed|lobbed|sprung)\s+(?:one|another(?:\s+one)?|something|a\s+(?:request|new\s+one|new\s+ask|thing))\s+(?:on|at)\s+(?:me|us)\b", Options)]
    private static partial Regex NewAsk();

    [GeneratedRegex(@"^\W*(?:(?:" + Interjections.One + @"|scratch\s+that|gah|correction)\b[\s,.!:…\-–—]*)+", Options)]
    private static partial Regex Opener();

    /// <summary>"Dana's the one who asked for it", "Sam is the one asking", "Alex was the one that wants it".</summary>
    [GeneratedRegex(@"^(?<who>[A-Z][\w-]*)(?:'s|’s|\s+is|\s+was)\s+the\s+one\s+(?:(?:who|that)\s+)?(?:asked|asking|wants|wanted|requested|needs|needed|asks)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TheOne();

    /// <summary>"sorry, one-pager, not two-pager - they want it short": a few words, ", not", a few words, and what may trail a dash.</summary>
    [GeneratedRegex(@"^\W*(?:(?:" + Interjections.One + @"|scratch\s+that|gah|correction)\b[\s,.!:…\-–—]*)+(?:an?\s+|the\s+)?(?<new>\p{L}[\p{L}\d'-]*(?:\s+\p{L}[\p{L}\d'-]*){0,2}?)\s*,?\s+not\s+(?:an?\s+|the\s+)?(?<old>\p{L}[\p{L}\d'-]*(?:\s+\p{L}[\p{L}\d'-]*){0,2}?)\s*(?:[.!]+|\s[-–—]\s.*|,\s.*)?$", Options)]
    private static partial Regex BareSwap();

    /// <summary>"not webinar, workshop", "oops not a gif - a video": a few words replaced, then a few words meant.</summary>
    [GeneratedRegex(@"^\W*(?:(?:" + Interjections.One + @"|scratch\s+that|gah|correction)\b[\s,.!:…\-–—]*)*not\s+(?:an?\s+|the\s+)?(?<old>\p{L}[\p{L}\d'-]*(?:\s+\p{L}[\p{L}\d'-]*){0,2}?)\s*(?:[,;:]|\s[-–—])\s*(?:it'?s\s+|its\s+|it\s+is\s+)?(?:an?\s+|the\s+)?(?<new>\p{L}[\p{L}\d'-]*(?:\s+\p{L}[\p{L}\d'-]*){0,2}?)[\s.!]*$", Options)]
    private static partial Regex NotThenMeant();

    /// <summary>A figure or a day among the swapped words: digits, number words, days and months (not "two-pager").</summary>
    [GeneratedRegex(@"\d|(?<!-)\b(?:due|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|thousand|grand|k|monday|tuesday|wednesday|thursday|friday|today|tomorrow|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|week|month|quarter|euros?|dollars?|pounds?|usd|eur|gbp|quid|bucks)\b(?!-)", Options)]
    private static partial Regex Figure();

    /// <summary>"not Marco - ", "not Dana, ": the name replaced, said first.</summary>
    [GeneratedRegex(@"^\s*not\s+[\w'-]+(?:'s)?\s*[,;:\-–—]+\s*", Options)]
    private static partial Regex NotFirst();

    /// <summary>A change of mind inside the message: "... no wait,", ", sorry,", "- I mean", "no, actually".</summary>
    [GeneratedRegex(@"(?:\.{2,}|…|[,;\-–—])?\s*\b(?:no\s+wait|wait\s+no|no\s+sorry|no\s+no|no|nope|sorry|i\s+mean|wait|actually)\b[\s,.!:…\-–—]*", Options)]
    private static partial Regex ChangeOfMind();

    [GeneratedRegex(@"^(?:it|that|this|he|she|they|i|we|you|who|what)$", Options)]
    private static partial Regex NotAName();
}
