using System.Text.RegularExpressions;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.People;

/// <summary>
/// Asking to be given a role oneself, in any words: "can u upgrade me to sales lead? sam's cool with it", "bump me up to
/// sales lead 🙏", "I'd like the marketing lead role", "yo can I get sales lead perms". Read from small cues in one clause
/// rather than one more sentence shape per phrasing: an asking verb (make, promote, upgrade, bump, get, want, need, should
/// be, …), nothing but connectors ("me to", "my role to", "to be upgraded to a") between it and a role phrase that closes
/// the clause (before "role", "perms", "pls", "lol"), and the speaker said in the clause (I, me, my, "for me" after). Not
/// read: a question about roles ("who can make me a sales lead?"), a denial or a removal, a claim of one's role ("I'm a
/// sales rep"), someone else given one (<see cref="RoleGrant"/>), or admin (<see cref="AdminAsk"/>). Read as
/// <see cref="RoleCommandKind.RequestOwn"/>: a request an admin approves, so a rep is told who may grant it and stays a rep.
/// </summary>
public static partial class RoleSelfAsk
{
    /// <summary>Words that may stand between the asking verb and the role: the speaker, articles, "to be", "acting".</summary>
    private static readonly HashSet<string> Connectors =
    [
        "me", "myself", "my", "i", "role", "account", "to", "2", "a", "an", "the", "as", "be", "been", "up", "over", "in", "into", "on",
        "acting", "interim", "new", "get", "got", "bumped", "upgraded", "promoted", "made", "moved", "switched", "changed", "set",
        "now", "officially", "just", "please", "pls", "plz", "you", "u", "can", "could", "would", "will", "our",
    ];

    /// <summary>The role phrase, longest first, from the closed list of role words and a few more (plural-free, with typos mended first).</summary>
    private static readonly (string Phrase, Role Role)[] Roles = RoleCommands.RoleWords
        .Concat(new (string Phrase, Role Role)[] { ("marketing head", Role.MarketingLead), ("sales head", Role.SalesLead), ("exec", Role.Leadership) })
        .OrderByDescending(w => w.Phrase.Length)
        .ToArray();

    /// <summary>The role the writer asks to be given; null when the text asks for none for themselves.</summary>
    public static Role? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 240)
        {
            return null;
        }

        var t = Typos().Replace(text.ToLowerInvariant().Replace('’', '\''), m => m.Value[0] == 's' ? "sales" : "upgrade");
        foreach (var raw in Boundary().Split(t))
        {
            var clause = Politeness().Replace(raw.Trim(), string.Empty).Trim();
            if (clause.Length == 0 || Question().IsMatch(clause) || Denial().IsMatch(clause))
            {
                continue;
            }

            if (RoleClosing(clause) is not { } closing)
            {
                continue;
            }

            var before = clause[..closing.Index];
            if (!AskedBefore(before))
            {
                continue;
            }

            // The speaker: before the verb ("can I get"), between it and the role ("make me"), or after ("rights for me").
            if (!Self().IsMatch(before) && !ForMe().IsMatch(clause[(closing.Index + closing.Length)..]))
            {
                continue;
            }

            return closing.Role;
        }

        return null;
    }

    /// <summary>Whether an asking verb comes before the role with only connectors between them.</summary>
    private static bool AskedBefore(string before)
    {
        var words = Words().Matches(before).Select(m => m.Value).ToArray();
        for (var i = words.Length - 1; i >= 0; i--)
        {
            if (AskVerb().IsMatch(words[i]))
            {
                return true;
            }

            if (!Connectors.Contains(words[i]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The role phrase that closes the clause, with only "role", "perms", politeness or emoji after it.</summary>
    private static (int Index, int Length, Role Role)? RoleClosing(string clause)
    {
        var body = Trailing().Replace(clause, string.Empty).TrimEnd();
        foreach (var (phrase, role) in Roles)
        {
            if (body.EndsWith(phrase, StringComparison.Ordinal) && (body.Length == phrase.Length || !char.IsLetter(body[^(phrase.Length + 1)])))
            {
                return (body.Length - phrase.Length, phrase.Length, role);
            }
        }

        return null;
    }

    /// <summary>Clause breaks: sentence punctuation, a comma, a spaced dash, "so", "because", "since", "but", "while", "until", "as".</summary>
    [GeneratedRegex(@"[.!?;,()]+|\s[-–—]+\s|[–—]|\s(?:so|because|cos|since|but|while|whilst|until|till|til|as\s+(?:sam|marco|dana|he|she|they)|coz)\s")]
    private static partial Regex Boundary();

    /// <summary>"hi", "hey", "yo", "ok" before the clause.</summary>
    [GeneratedRegex(@"^(?:(?:hi|hey|hello|yo|ok|okay|also|and|so|then)\b\W*)+")]
    private static partial Regex Politeness();

    /// <summary>A question about roles, not an ask: "who can make me…", "how do I become…", "what's my role", "am I a…".</summary>
    [GeneratedRegex(@"^(?:who|whom|what|which|how|why|when|where)\b|^(?:am|do|does|did|are|have|has)\s+i\b|^is\s+(?!it\b|there\b)")]
    private static partial Regex Question();

    [GeneratedRegex(@"\b(?:not|never|no\s+longer|don't|dont|do\s+not|doesn't|won't|wouldn't|shouldn't|remove|revoke|demote|take\s+away|strip|drop)\b|n't\b")]
    private static partial Regex Denial();

    /// <summary>The speaker in the clause before the role.</summary>
    [GeneratedRegex(@"\b(?:me|i|i'd|i'm|i'll|i've|myself|my|mine)\b")]
    private static partial Regex Self();

    [GeneratedRegex(@"\bfor\s+(?:me|myself)\b")]
    private static partial Regex ForMe();

    /// <summary>Asking verbs: granting ones said to the bot, and the speaker's wanting or getting.</summary>
    [GeneratedRegex(@"^(?:make|making|promote|promoting|upgrade|upgrading|bump|switch|change|move|set|put|add|give|grant|update|appoint|get|have|be|become|need|want|wanna|like|should)$")]
    private static partial Regex AskVerb();

    [GeneratedRegex(@"[\p{L}\d']+")]
    private static partial Regex Words();

    /// <summary>What may follow the role: its noun ("role", "perms", "access"), politeness, "too", "lol", "for me", emoji.</summary>
    [GeneratedRegex(@"(?:\s+(?:role|roles|access|rights|perms|permissions?|privileges|seat|status|pls|plz|please|too|now|lol|asap|today|thanks|thx|ty|again|instead|then|for\s+(?:me|myself|now)|on\s+(?:here|the\s+bot)|here)|\s*[^\p{L}\d\s']+)+\s*$")]
    private static partial Regex Trailing();

    /// <summary>Typos of the words this reads: "sals", "saels" for sales; "upgade", "upgarde" for upgrade.</summary>
    [GeneratedRegex(@"\b(?:sals|saels|slaes|upgade|upgarde|upgrde)\b")]
    private static partial Regex Typos();
}
