using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Dialogs.Requests;

/// <summary>
/// Who really asked for the request in hand, said at the "who asked?" question or right after it was logged: "it was Sam",
/// "wait it was Dana not Marco", "Dana, not Marco", "my bad, it came from Dana", "requested by Dana actually", "it's Sam's
/// ask", "make that Sam". A correction is short: an owning-up opener, one phrase that names the person, and what may close it
/// ("not Marco", "who asked", "actually"); so the reader is those three parts, not one pattern per sentence. Anything left
/// over ("it was due yesterday", "Dana wants a new brochure") is another message, and a question names nobody.
/// </summary>
public static partial class RequesterCorrection
{
    /// <summary>The person named as the one who asked, as written, or null.</summary>
    public static string? Read(string text)
    {
        var t = Decoration().Replace(text, " ").Trim();
        if (t.Length == 0 || t.EndsWith('?'))
        {
            return null;
        }

        var opened = Opener().Match(t);
        var rest = t[opened.Length..];
        foreach (var phrase in new[] { ItWas(), CameFrom(), Possessive(), TheyAsked(), Retitled() })
        {
            if (phrase.Match(rest) is { Success: true } m && Person(m.Groups["who"].Value) is { } who && Closes(rest[(m.Index + m.Length)..]))
            {
                return who;
            }
        }

        // "nope, Alex", "Dana, not Marco": a name alone, after an opener that owns up to the mistake or before "not" the other.
        if (Bare().Match(rest) is { Success: true } bare && Person(bare.Groups["who"].Value) is { } alone && char.IsUpper(alone[0])
            && (opened.Length > 0 || bare.Groups["not"].Success))
        {
            return alone;
        }

        return null;
    }

    private static bool Closes(string rest) => Closing().IsMatch(rest);

    /// <summary>The name, unless the word is one of the words such a phrase says instead ("it was due", "it was for the webinar").</summary>
    private static string? Person(string said)
    {
        var first = said.Split(' ')[0];
        return NotAName().IsMatch(first) ? null : said;
    }

    // What may follow the name: "not Marco", "who asked for it", "as the requester", "actually", in any order, then the end.
    [GeneratedRegex(@"^(?:\s*[,;\-–]?\s*(?:not\s+(?:from\s+)?[\w'-]+(?:'s)?|(?:who|that)\s+(?:asked|wanted|requested|needed|needs|wants)\b.*|as\s+(?:the\s+)?requester|actually|really|tbh|sorry|though|tho|btw|lol|haha|originally|(?:asked|wanted|requested)(?:\s+(?:for\s+)?(?:it|this|that|me))?))*\s*[.!…]*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Closing();

    // Owning up first: "wait", "oops", "my bad", "wrong person -", "correction:", "no no,".
    [GeneratedRegex(@"^(?:\s*(?:" + Corrections.Interjections.One + @")\b[\s,.!:…\-–—]*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Opener();

    // "it was Sam", "it was actually Dana", "it's Alex".
    [GeneratedRegex(@"^(?:it|that|this)\s*(?:was|'s|is)\s+(?:(?:actually|really)\s+)?" + Who, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ItWas();

    // "it came from Dana", "that one's from Sam", "requested by Dana", "requester is Sam", "the ask was from Alex".
    [GeneratedRegex(@"^(?:(?:it|that|this)(?:\s+one)?\s*(?:came|comes|was|is|'s)\s+from|(?:the\s+)?(?:request|ask)\s+(?:came|was|is)\s+from|(?:requested|asked\s+for)\s+by|(?:the\s+)?requester\s+(?:is|was|should\s+be|'s))\s+" + Who, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CameFrom();

    // "Dana's request", "it's Sam's ask".
    [GeneratedRegex(@"^(?:(?:it|that|this)(?:\s+one)?\s*(?:'s|is|was)\s+)?" + Who + @"'s\s+(?:request|ask|idea|thing|one)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();

    // "Sam wanted it", "Sam asked", "Sam was the one who asked", "dana's the one who asked", "Alex asked for it".
    [GeneratedRegex(@"^" + Who + @"(?:'s\s+the\s+one\s+(?:who|that)\s+|\s+(?:(?:was|is)\s+the\s+one\s+(?:who|that)\s+)?)(?:(?:asked|wanted|requested|needed)(?:\s+(?:for\s+)?(?:it|this|that|me))?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TheyAsked();

    // "make that Sam", "should be Dana", "change it to Alex".
    [GeneratedRegex(@"^(?:make\s+(?:that|it)|(?:it\s+)?should\s+(?:be|say)|change\s+(?:it|that|the\s+requester)\s+to)\s+" + Who, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Retitled();

    // A name alone, maybe with "not Marco" after it.
    [GeneratedRegex(@"^" + Who + @"(?<not>\s*[,;\-–]?\s*not\s+[\w'-]+(?:'s)?)?\s*[.!…]*\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Bare();

    // A first name and maybe a capitalised surname ("Sam", "dana", "Sam Okafor"); "'s" is left for the possessive.
    private const string Who = @"(?<who>[A-Za-z][\w-]*(?:\s+(?-i:[A-Z][\w-]*))?)(?=\W|$)";

    // Words a short phrase says where a name would be: "it was due", "it was for the webinar", "should be fine", "no, none".
    [GeneratedRegex(@"^(?:a|an|the|it|its|this|that|these|those|me|my|mine|him|her|his|them|their|us|our|you|your|i|we|they|he|she|for|from|to|in|on|at|by|of|with|about|due|done|ready|fine|good|great|ok|okay|sure|yes|yeah|yep|no|nope|not|none|nothing|nobody|noone|someone|somebody|everyone|anyone|all|any|some|so|too|very|really|actually|just|still|already|also|there|here|now|then|later|soon|today|tomorrow|tmrw|yesterday|tonight|next|last|late|early|busy|supposed|meant|more|less|one|two|three|same|other|another|marketing|sales|leadership|retention|acceptance|pipeline|revenue|mqls?|sqls?|cpl|cac|roi|goal|goals|request|ask|thanks|thx|ty|cheers|wrong|right|correct|true|false|cancel|undo|skip|unaligned|unsure|sorry|please|pls|who|what|when|why|how|which|where|was|is|be)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAName();

    [GeneratedRegex(@"[\p{So}\p{Cs}\uFE0F\u200D]+|\s{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Decoration();
}
