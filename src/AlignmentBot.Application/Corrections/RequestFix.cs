using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Corrections;

/// <summary>What the message right after logging a request corrects: its title, the goal it serves, the currency of its
/// cost, or one word of its title swapped for another.</summary>
public enum RequestFixField
{
    Title,
    Goal,
    Currency,
    Swap,
}

/// <summary>
/// The field corrected and its new value: the title as said, the metric name of the goal meant, the ISO code of the
/// currency meant, or for a swap the words meant, with <paramref name="Replaced"/> the words of the title they replace.
/// </summary>
public sealed record RequestFixed(RequestFixField Field, string Value, string? Replaced = null);

/// <summary>
/// The title or the goal of the request just logged, corrected in the next message: "title should be battlecard vs Initech
/// Retail", "sorry, call it "Partner webinar deck" not partner slides", "actually that one's more for cost per lead", "wrong
/// goal, that's for CPL". Read from small parts, not one phrasing each. A title: a naming cue (call / name / rename /
/// retitle it, the title or name should be, change the title to, it's called) and what follows it, quoted or up to what
/// it replaces ("not …", "instead of …") and the politeness after. A goal: a metric the language model finds outside the
/// part that names what is replaced ("…, not retention", "not MQL - retention"), with a word that moves the request to it
/// ("actually", "wrong goal", "should be", "for", "link it to", "serves", "more of a … thing") or a replaced metric, and no
/// figure (a figure is a goal change, a check-in or a cost). Neither for a question or a change declined ("don't rename it").
/// Only asked right after a request was logged (<see cref="RecentCorrections"/>), which is what makes "link it to MQLs" the
/// request's.
/// </summary>
public static partial class RequestFix
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <param name="metrics">The metric names the language model finds in a piece of the text.</param>
    public static RequestFixed? Read(string? text, Func<string, IReadOnlyList<string>> metrics)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200 || Declined().IsMatch(text))
        {
            return null;
        }

        // "can we rename that to …", "could u link it to MQLs?" ask for the change; "what should we call it?" asks about it.
        var head = AskingHead().Match(text);
        var rest = text[head.Length..];
        // "should be EUR, my bad" says what it should be: a statement, without a question mark.
        if (Questions.QuestionAnswers.IsQuestion(rest) && !ShouldBe().IsMatch(rest) || !head.Success && text.TrimEnd().EndsWith('?'))
        {
            return null;
        }

        if (Naming().Match(text) is { Success: true } naming && Title(text[(naming.Index + naming.Length)..]) is { } title)
        {
            return new RequestFixed(RequestFixField.Title, title);
        }

        if (Currency(text) is { } code)
        {
            return new RequestFixed(RequestFixField.Currency, code);
        }

        if (Goal(text, metrics) is { } metric)
        {
            return new RequestFixed(RequestFixField.Goal, metric);
        }

        // "sorry, it's a two-pager, not a one-pager": what is meant and what it replaces; only a swap of words the title has
        // is one (the caller checks), so "it's Sam not Dana" stays a requester's correction.
        // Figures and dates are a cost or a due date corrected ("it's six fifty not 500", "due the 4th not the 10th"), never a swap.
        // "it was Dana who asked, not Marco" names who asked: no swap of the title's words.
        return Swapped().Match(text) is { Success: true } swap && !Figure().IsMatch(swap.Value) && !AskedBy().IsMatch(swap.Groups["new"].Value)
            ? new RequestFixed(RequestFixField.Swap, swap.Groups["new"].Value.Trim(), swap.Groups["old"].Value.Trim())
            : null;
    }

    /// <summary>
    /// "can you push it to Thursday", "could we make that 1.2k": how long the asking head is when what follows is a change
    /// said (a verb that changes, renames or moves it); 0 when the message is not a change asked for.
    /// </summary>
    public static int AskedChange(string text)
        => AskingHead().Match(text) is { Success: true, Length: > 0 } head && ChangeVerb().IsMatch(text[head.Length..]) ? head.Length : 0;

    [GeneratedRegex(@"^(?:push|move|bump|shift|slide|pull|bring|change|make|set|update|fix|switch|rename|retitle|call|put|link|tie)\b", Options)]
    private static partial Regex ChangeVerb();

    /// <summary>
    /// The currency meant: "sorry, that's euros not dollars", "oops, it was in pounds", "should be EUR", "€ not $". One
    /// currency named outside what is replaced, with a replaced currency or a word that says what it is; no figure (an
    /// amount with its currency is a new cost, read as one).
    /// </summary>
    private static string? Currency(string text)
    {
        // "it's fine in dollars", "dollars is right": the currency kept, not corrected.
        if (Digit().IsMatch(text) || Kept().IsMatch(text))
        {
            return null;
        }

        var meant = new HashSet<string>();
        var replaced = false;
        foreach (var piece in Pieces().Split(text).Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            var codes = CurrencyWord().Matches(piece).Select(m => CurrencyCode(m.Value)).ToList();
            if (ReplacedPiece().IsMatch(piece))
            {
                replaced |= codes.Count > 0;
                continue;
            }

            meant.UnionWith(codes);
        }

        return meant.Count == 1 && (replaced || CurrencyCue().IsMatch(text)) ? meant.Single() : null;
    }

    private static string CurrencyCode(string word) => word.ToLowerInvariant() switch
    {
        "€" or "eur" or "euro" or "euros" => "EUR",
        "$" or "usd" or "dollar" or "dollars" or "bucks" => "USD",
        _ => "GBP",
    };

    /// <summary>The new title in what follows a naming cue: the quoted words, else the words up to what it replaces and the politeness.</summary>
    private static string? Title(string rest)
    {
        if (Quoted().Match(rest) is { Success: true } quoted && rest[..quoted.Index].Trim().Length == 0)
        {
            return quoted.Groups["t"].Value.Trim();
        }

        var title = Replacing().Replace(rest, string.Empty);
        title = TrailingWords().Replace(title, string.Empty);
        title = title.Trim().Trim('"', '\'', '“', '”', '‘', '’').Trim();
        return title.Length is > 1 and <= 120 && title.Any(char.IsLetter) ? title : null;
    }

    /// <summary>The metric of the goal meant: named outside what is replaced, said with a word that moves the request to it.</summary>
    private static string? Goal(string text, Func<string, IReadOnlyList<string>> metrics)
    {
        if (Digit().IsMatch(text))
        {
            return null;
        }

        var kept = new List<string>();
        var replacedMetric = false;
        foreach (var piece in Pieces().Split(text).Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            if (ReplacedPiece().IsMatch(piece))
            {
                replacedMetric |= metrics(piece).Count > 0;
                continue;
            }

            kept.Add(piece);
        }

        var meant = kept.Select(p => metrics(p)).FirstOrDefault(m => m.Count > 0);
        return meant is { Count: 1 } && (Moves().IsMatch(text) || replacedMetric) ? meant[0] : null;
    }

    /// <summary>
    /// Naming the request anew: "call it", "name it", "rename (it) (to)", "retitle (it) (to)", "the title/name should be",
    /// "should've been", "it should say", "change/make/set the title/name (to)", "it's called", "rename:".
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:call|name)\s+(?:it|that|this)(?:\s+one)?(?:\s+as)?|re-?(?:name|title)(?:\s+(?:it|that|this)(?:\s+one)?)?(?:\s+(?:to|as))?\s*:?|(?:title|name)(?:'s|\s+is)?\s+(?:should|must|needs?\s+to)\s+(?:be|say|read|have\s+been)|(?:title|name)\s+should'?ve\s+been|it\s+should\s+(?:say|read)|(?:change|make|set|update|fix)\s+the\s+(?:title|name)(?:\s+(?:to|as))?\s*:?|(?:it'?s|it\s+is|that'?s)\s+called(?:\s+the)?)(?=\s|:|""|“|$)", Options)]
    private static partial Regex Naming();

    /// <summary>Asking for the change, after what owns up to it: "oops can we", "could you pls", "can u".</summary>
    [GeneratedRegex(@"^\W*(?:(?:" + Interjections.One + @")\b[\s,.!-]*)*(?:can|could|would|will)\s+(?:we|you|u|ya|i)\s+(?:(?:please|pls|plz|just)\s+)*", Options)]
    private static partial Regex AskingHead();

    [GeneratedRegex(@"^\s*:?\s*[""“'‘](?<t>[^""”'’]{2,120})[""”'’]", Options)]
    private static partial Regex Quoted();

    /// <summary>What the new title replaces, said after it: ", not partner slides", "instead of linkedin ads", "rather than …".</summary>
    [GeneratedRegex(@"[\s,;-]*\b(?:not|instead\s+of|rather\s+than)\b.*$", Options)]
    private static partial Regex Replacing();

    /// <summary>What trails the title without being part of it: "instead", "my bad", politeness, emoji and punctuation.</summary>
    [GeneratedRegex(@"(?:[\s,;.!-]+(?:instead|my\s+bad|sorry|" + Interjections.PoliteWords + @"|actually)\b)*[^\p{L}\p{N})""”’']*$", Options)]
    private static partial Regex TrailingWords();

    /// <summary>The pieces a message names meant and replaced goals in: split at commas, dashes and before "not" / "instead of".</summary>
    [GeneratedRegex(@"[,;]|\s[-–—]\s|(?=\b(?:not|instead\s+of|rather\s+than|than)\b)", Options)]
    private static partial Regex Pieces();

    [GeneratedRegex(@"^\s*(?:not|instead\s+of|rather\s+than|than)\b", Options)]
    private static partial Regex ReplacedPiece();

    /// <summary>Words that move the request to another goal, or own up to the wrong one.</summary>
    [GeneratedRegex(@"\b(?:actually|sorry|oops|whoops|wrong|should|meant|instead|really|more\s+(?:of\s+)?(?:a|an|for|about|towards?)|(?:change|move|switch|link|tie|put|file|log)\b[\w\s]{0,12}\b(?:to|under|against|for|with)|serves?|counts?\s+(?:to(?:wards?)?|against|for)|toward|towards|against|under|(?:it|that|this)(?:'?s|\s+is|\s+one'?s|\s+was)\s+(?:\w+\s+)?for)\b", Options)]
    private static partial Regex Moves();

    /// <summary>"don't rename it", "leave the title", "no need to change it": a change declined.</summary>
    [GeneratedRegex(@"\b(?:don'?t|do\s+not|dont|no\s+need\s+to|never\s*mind)\s+(?:\w+\s+)?(?:change|rename|retitle|update|fix|touch|move|call)\b|\bleave\s+(?:it|the\s+(?:title|name|goal))\b|\b(?:title|name|goal)\s+is\s+(?:fine|ok|okay|good|right|correct)\b", Options)]
    private static partial Regex Declined();

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();

    /// <summary>Words that say who asked ("Dana who asked", "Sam that wants it"), not a title's words.</summary>
    [GeneratedRegex(@"\b(?:who|asked|asking|wants?|wanted|needs?|needed|requested)\b", Options)]
    internal static partial Regex AskedBy();

    [GeneratedRegex(@"^\W*(?:it\s+|that\s+|this\s+)?should\s+(?:be|have\s+been|'?ve\s+been|say|read)\b[^?]*$", Options)]
    private static partial Regex ShouldBe();

    /// <summary>A figure or a date in a swap: digits, a number word, a day, "due" (not a word's part: "two-pager" is a title's).</summary>
    [GeneratedRegex(@"\d|(?<!-)\b(?:due|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|grand|k|mon|tue|wed|thu|fri|monday|tuesday|wednesday|thursday|friday|today|tomorrow|tmrw|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|week|month|quarter|eoq|eom|eoy)\b(?!-)", Options)]
    private static partial Regex Figure();

    [GeneratedRegex(@"\b(?:fine|correct|right|good|ok|okay)\b", Options)]
    private static partial Regex Kept();

    /// <summary>A currency sign, code or word.</summary>
    [GeneratedRegex(@"[€£$]|\b(?:eur|gbp|usd|euros?|pounds?(?:\s+sterling)?|sterling|quid|dollars?|bucks)\b", Options)]
    private static partial Regex CurrencyWord();

    /// <summary>What says a currency is the one meant: "that's euros", "it was in pounds", "should be EUR", "make it sterling", "in €".</summary>
    [GeneratedRegex(@"\b(?:in|it'?s|that'?s|it\s+was|it\s+is|was|were|are|they'?re|should\s+(?:be|have\s+been|'?ve\s+been)|make\s+(?:it|that)|meant|switch\s+(?:it\s+)?to|change\s+(?:it\s+)?to|currency(?:'s|\s+is)?)\s+(?:in\s+)?(?:british\s+)?(?:[€£$]|(?:eur|gbp|usd|euros?|pounds?|sterling|quid|dollars?|bucks)\b)", Options)]
    private static partial Regex CurrencyCue();

    /// <summary>
    /// "it's a two-pager, not a one-pager", "sorry it should say webinar not workshop": a few words meant and the few words of
    /// the title they replace, in one short message.
    /// </summary>
    [GeneratedRegex(@"^\W*(?:(?:" + Interjections.One + @")\b[\s,.!-]*)*(?:it'?s|it\s+is|that'?s|that\s+is|it\s+was|(?:it\s+)?should\s+(?:be|say|read)|make\s+(?:it|that)|(?:i\s+)?meant)\s+(?:an?\s+|the\s+)?(?<new>[\p{L}\d][\p{L}\d'-]*(?:\s+[\p{L}\d][\p{L}\d'-]*){0,2}?)\s*,?\s+not\s+(?:an?\s+|the\s+)?(?<old>[\p{L}\d][\p{L}\d'-]*(?:\s+[\p{L}\d][\p{L}\d'-]*){0,2}?)[\s.!,]*(?:" + Interjections.PoliteWords + @"|my\s+bad|sorry)?[\s.!]*$", Options)]
    private static partial Regex Swapped();
}
