using System.Text.RegularExpressions;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.People;

/// <summary>
/// Someone else given a role in one's own words: "yep, Casey's legit - give her the sales rep role", "make Casey one of
/// Sam's reps", "Sam's moving over to partnerships, can you make Alex our new sales lead?", "could you put casey down as a
/// sales rep?". <see cref="RoleCommands"/> reads the plain commands; this reads the rest from small cues instead of one
/// more sentence shape per phrasing: a granting verb (make, give, add, promote, put down as, set up as, change … role to,
/// "X should be", "can she get") anywhere in a clause, the person right after it, and a role phrase closing the clause
/// after nothing but connectors ("our new", "one of Sam's", "to sales as a", "the … role"). A pronoun or "make that
/// official" takes the person, and the role when the clause names none, from a clause that says who they are ("Casey is
/// on sales, she's an SDR"). Not read: questions about roles, denials, and the speaker's own role ("make me a marketer"
/// is a request, read elsewhere). Read as <see cref="RoleCommandKind.Assign"/>, so an admin's grant is done and anyone
/// else's is refused naming who may.
/// </summary>
public static partial class RoleGrant
{
    /// <summary>Role words the plain commands do not need (plurals, a typo, other chiefs), on top of <see cref="RoleCommands.RoleWords"/>.</summary>
    private static readonly (string Phrase, Role Role)[] MoreRoleWords =
    [
        ("reps", Role.SalesRep), ("sdrs", Role.SalesRep), ("bdrs", Role.SalesRep), ("sales reps", Role.SalesRep), ("marketers", Role.Marketer),
        ("marketter", Role.Marketer), ("marketeer", Role.Marketer), ("sales rap", Role.SalesRep),
        ("coo", Role.Leadership), ("cfo", Role.Leadership), ("cro", Role.Leadership), ("cto", Role.Leadership), ("exec", Role.Leadership),
        ("vp of marketing", Role.MarketingLead), ("marketing head", Role.MarketingLead), ("sales head", Role.SalesLead),
        ("account exec", Role.SalesRep), ("account execs", Role.SalesRep), ("account executives", Role.SalesRep), ("marketing team", Role.Marketer), ("sales team", Role.SalesRep),
        ("ae", Role.SalesRep), ("aes", Role.SalesRep), ("account exec", Role.SalesRep),
    ];

    private static readonly HashSet<string> NotAPerson =
    [
        "me", "i", "myself", "you", "us", "we", "a", "an", "the", "our", "my", "your", "sure", "up", "down", "sales", "marketing",
        "leadership", "everyone", "everybody", "someone", "somebody", "anyone", "this", "there", "here", "what", "who", "yep",
        "yes", "yeah", "ok", "okay", "hey", "hi", "so", "also", "and", "then", "now", "please", "pls", "thanks", "go", "new",
        "lead", "leads", "sla", "agreement", "request", "requests", "goal", "goals", "all", "both", "this", "these", "those", "budget",
        "as", "for", "to", "with",
    ];

    private static readonly HashSet<string> Pronouns = ["him", "her", "them", "he", "she", "they"];

    /// <summary>The person (as written, lower case, no @) and the role the text gives them; null when it gives none.</summary>
    public static (string Who, Role Role)? Read(string? text)
        => ReadApproval(text) is { Role: { } role } read && read.Who != Unnamed ? (read.Who, role) : null;

    /// <summary>What <see cref="ReadApproval"/> gives as the person when only a pronoun says who ("yes, approve him as SDR").</summary>
    public const string Unnamed = "?";

    /// <summary>
    /// An admin's approval or grant in words: the person (as written, lower case, no @; <see cref="Unnamed"/> when only "him",
    /// "her" or "them" says who) and the role given, or no role when an approval does not name one ("let jordan in",
    /// "approve Casey's role request", "casey's fine, approve her"): then the role their waiting request asks is meant.
    /// </summary>
    public static (string Who, Role? Role)? ReadApproval(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 240)
        {
            return null;
        }

        var t = text.ToLowerInvariant().Replace('’', '\'').Replace("@", string.Empty, StringComparison.Ordinal);
        if (Question().IsMatch(t) || Denial().IsMatch(t))
        {
            return null;
        }

        // "let him in as a sales rep", "sign casey off as an SDR", "set her up please", "put jordan through": an approval.
        t = LetIn().Replace(t, "approve ${who}");
        var clauses = Boundary().Split(t).Select(c => LeadingNoise().Replace(c, string.Empty).Trim()).Where(c => c.Length > 0).ToArray();
        // "👍 jordan is a sales rep, approve", "approved - casey is an account exec": a bare approval with the person said around it.
        // Only with the person named there: "ok, approve" alone may be the agreement's.
        clauses = clauses.Length > 1 ? clauses.Select(c => BareApproval().IsMatch(c) ? "approve that" : c).ToArray() : clauses;
        // "jordan checks out, approve as SDR": an approval with only the role said is of the person said around it, or of the
        // one person waiting ("approve him as SDR").
        clauses = clauses.Select(c => ApproveAs().Replace(c, "${1}approve him ")).ToArray();
        for (var i = 0; i < clauses.Length; i++)
        {
            if (Granted(clauses[i]) is not { } granted)
            {
                continue;
            }

            var (who, rest, approving) = granted;
            var bare = Trailing().Replace(" " + rest, string.Empty).Trim();
            var role = RoleClosing(rest);
            var others = clauses.Where((_, j) => j != i).ToArray();
            var pronoun = Pronouns.Contains(who) || (who is "that" or "it" && (Official().IsMatch(rest) || (approving && bare.Length == 0)));
            var roleElsewhere = RoleOnly().IsMatch(bare) || Official().IsMatch(rest);
            if (pronoun)
            {
                // "Casey's legit - give her the sales rep role", "jordan is our new head of marketing, make that official".
                var antecedent = others.Select(Antecedent).FirstOrDefault(a => a is not null);
                who = antecedent ?? (Pronouns.Contains(who) ? Unnamed : string.Empty);
            }

            role ??= roleElsewhere ? others.Select(c => Said(c) ?? RoleAlone(c)).FirstOrDefault(r => r is not null) : null;
            if (who.Length == 0 || NotAPerson.Contains(who) || Pronouns.Contains(who) || who is "that" or "it")
            {
                continue;
            }

            if (role is { } given)
            {
                return (who, given);
            }

            // "approve jordan", "let jordan in", "casey's fine, approve her": the role their request asks.
            if (approving && roleElsewhere)
            {
                return (who, null);
            }
        }

        // "Casey checks out, she's a sales rep", "casey is legit, sales rep please", "ok casey's good to go as a marketer":
        // someone vouched for, and their role said.
        foreach (var clause in clauses)
        {
            if (Vetted().Match(clause) is not { Success: true } vetted || NotAPerson.Contains(vetted.Groups["who"].Value) || IsRoleWord(vetted.Groups["who"].Value))
            {
                continue;
            }

            var who = vetted.Groups["who"].Value;
            // The role is said of them ("she's a sales rep", "casey is an SDR") or alone ("sales rep please").
            var role = vetted.Groups["rest"].Success
                ? RoleClosing(vetted.Groups["rest"].Value)
                : clauses.Where(c => c != clause).Select(c => Subject(c) is var s && s.Length == 0 ? RoleAlone(c) : Pronouns.Contains(s) || s == who ? Said(c) : null).FirstOrDefault(r => r is not null);
            if (role is { } given && !Pronouns.Contains(who))
            {
                return (who, given);
            }
        }

        return null;
    }

    /// <summary>The person after a granting verb in <paramref name="clause"/>, what follows them, and whether the verb approves.</summary>
    private static (string Who, string After, bool Approving)? Granted(string clause)
    {
        foreach (var m in new[] { Verb().Match(clause), Subject().Match(clause) })
        {
            if (m.Success && !NotAPerson.Contains(m.Groups["who"].Value) && !IsRoleWord(m.Groups["who"].Value))
            {
                return (m.Groups["who"].Value, m.Groups["rest"].Value.Trim(), m.Groups["approve"].Success);
            }
        }

        return null;
    }

    /// <summary>A clause that is a role and nothing else: "sales rep", "SDR please".</summary>
    private static Role? RoleAlone(string clause) => RoleClosing(" " + clause);

    /// <summary>The person a clause is about, when it says something of them: "she's a sales rep" is about "she".</summary>
    private static string Subject(string clause) => Is().Match(clause) is { Success: true } m ? m.Groups["who"].Value : string.Empty;

    /// <summary>The role a clause's remainder is, after nothing but connectors: "our new sales lead", "to sales as a rep", "the SDR role pls".</summary>
    private static Role? RoleClosing(string rest)
    {
        var bare = Trailing().Replace(rest, string.Empty).Trim();
        foreach (var candidate in new[] { bare, TeamFirst().Replace(bare, string.Empty) })
        {
            var phrase = Connectors().Replace(candidate, string.Empty).Trim();
            phrase = RoleSuffix().Replace(phrase, string.Empty).Trim();
            if (Lookup(phrase) is { } role)
            {
                return role;
            }
        }

        return null;
    }

    /// <summary>"casey's legit", "jordan is one of Sam's SDRs", "casey joined marketing today": who the clause is about.</summary>
    private static string? Antecedent(string clause)
        => AboutSomeone().Match(clause) is { Success: true } m && !NotAPerson.Contains(m.Groups["who"].Value) && !Pronouns.Contains(m.Groups["who"].Value) && !IsRoleWord(m.Groups["who"].Value)
            ? m.Groups["who"].Value
            : null;

    /// <summary>"she's an SDR", "jordan is our new head of marketing", "Casey is on sales": the role a clause says someone has.</summary>
    private static Role? Said(string clause)
        => Is().Match(clause) is { Success: true } m ? RoleClosing(OnOrIn().Replace(m.Groups["rest"].Value, string.Empty)) : null;

    private static bool IsRoleWord(string word) => Lookup(word) is not null;

    private static Role? Lookup(string phrase)
    {
        if (phrase.Length == 0)
        {
            return null;
        }

        foreach (var (words, role) in RoleCommands.RoleWords.Concat(MoreRoleWords))
        {
            if (phrase == words)
            {
                return role;
            }
        }

        return null;
    }

    /// <summary>Clause breaks: punctuation, a spaced dash, or "and" before a granting phrase ("go ahead and give her the role" keeps its verb).</summary>
    [GeneratedRegex(@"[,;:!?.()]+|\s[-–—]+\s|[–—]")]
    private static partial Regex Boundary();

    /// <summary>A question about roles rather than a grant: "who can give jordan a role?", "what role does casey have?", "is casey a rep?".</summary>
    [GeneratedRegex(@"^\W*(?:(?:hey|hi|so|ok|okay)\W+)?(?:who|what|which|how|why|when|where|is|are|does|do|did|has|have)\b")]
    private static partial Regex Question();

    [GeneratedRegex(@"\b(?:don't|dont|do\s+not|not|never|no\s+longer|remove|revoke|take\s+away|shouldn't|wouldn't|can't)\b")]
    private static partial Regex Denial();

    /// <summary>A granting verb with the person after it (and "'s role" for "change jordan's role to marketer").</summary>
    [GeneratedRegex(@"\b(?:make|give|grant|promote|bump|add|put|set|assign|(?<approve>approve)|appoint|upgrade|change|switch|move|name)\s+(?<who>[\p{L}][\p{L}.-]*)(?:'s(?:\s+(?:role\s+request|role|request|access))?)?(?:\s+(?<rest>.+))?$")]
    private static partial Regex Verb();

    /// <summary>"jordan should be a sales rep", "can she get the marketer role?": the person before the verb.</summary>
    [GeneratedRegex(@"(?:^|\b(?:can|could|may)\s+)(?<who>[\p{L}][\p{L}.-]*)\s+(?:(?:should|can|may)\s+(?:be|get|have)|get|have|be)\s+(?<rest>.+)$")]
    private static partial Regex Subject();

    /// <summary>Politeness and emoji after the role: "pls", "too", "for now", "👍".</summary>
    [GeneratedRegex(@"(?:\s+(?:pls|plz|please|too|now|for\s+now|then|thanks|thx|ty|asap|today|instead))+\s*$|[^\p{L}\s'-]+$")]
    private static partial Regex Trailing();

    /// <summary>"to the marketing team", "to sales", "to my team": where, before "as a …".</summary>
    [GeneratedRegex(@"^(?:(?:to|into|on|onto)\s+(?:(?:the|my|our|his|her|their|[\p{L}]+'s)\s+)?(?:(?:sales|marketing|leadership)(?:\s+team)?|team|squad|crew)|[\p{L}]+'s\s+(?:team|squad|crew))\s+")]
    private static partial Regex TeamFirst();

    [GeneratedRegex(@"^(?:(?:up|down|in|over)\s+)?(?:(?:to\s+be|to|as|for)\s+)?(?:(?:the|a|an|our|new|their|one\s+of\s+(?:[\p{L}]+'s|our|the|my))\s+)*")]
    private static partial Regex Connectors();

    [GeneratedRegex(@"\s*\b(?:role|access|rights|permissions?|seat)$")]
    private static partial Regex RoleSuffix();

    /// <summary>"give her the role", "approve them": the role is said elsewhere.</summary>
    [GeneratedRegex(@"^(?:(?:the|a|that|their|his|her)\s+)?(?:role\s+request|role|access|request|in|up|through|off)?$")]
    private static partial Regex RoleOnly();

    [GeneratedRegex(@"^official\b")]
    private static partial Regex Official();

    [GeneratedRegex(@"^(?:(?:yep|yes|yeah|ok|okay|hey|hi|so|fyi|also)\s+)*(?<who>[\p{L}][\p{L}.-]*)(?:'s\b|\s+(?:is|joined|has|was|just|started|checks|works|seems|looks|can)\b)")]
    private static partial Regex AboutSomeone();

    [GeneratedRegex(@"^(?:(?:yep|yes|yeah|ok|okay|hey|so|and|also|fyi|btw)\s+)*(?<who>[\p{L}][\p{L}.-]*)(?:'s|\s+is)\s+(?:now\s+)?(?<rest>.+)$")]
    private static partial Regex Is();

    [GeneratedRegex(@"^(?:on|in|with|part\s+of)\s+")]
    private static partial Regex OnOrIn();

    /// <summary>"let him in", "sign casey off", "set her up", "put jordan through", "set that up": an approval of that person.</summary>
    [GeneratedRegex(@"\b(?:let\s+(?<who>[\p{L}][\p{L}.-]*)\s+(?:in|through|on\s*board|join)|sign\s+(?<who>[\p{L}][\p{L}.-]*)\s+off|set\s+(?<who>[\p{L}][\p{L}.-]*)\s+up|put\s+(?<who>[\p{L}][\p{L}.-]*)\s+through|(?:ok|okay)\s+(?<who>[\p{L}][\p{L}.-]*)'s\s+request(?!\s+(?:is|looks|seems)\b))\b")]
    private static partial Regex LetIn();

    /// <summary>Emoji and marks before a clause: "👍 jordan is on sales".</summary>
    [GeneratedRegex(@"^[^\p{L}]+")]
    private static partial Regex LeadingNoise();

    /// <summary>An approval with nobody named in its clause: "approve", "approved", "go ahead and approve".</summary>
    [GeneratedRegex(@"^(?:(?:yes|yep|ok|okay|so|then|go\s+ahead\s+and|pls|please)\s+)*(?:approve|approved)(?:\s+it|\s+(?:the|their|his|her|that|this|the\s+pending)\s+(?:role\s+)?request)?(?:\s+(?:pls|plz|please|now|then))?$")]
    private static partial Regex BareApproval();

    /// <summary>"approve as SDR", "go ahead and approve as a marketer": an approval whose person is said elsewhere.</summary>
    [GeneratedRegex(@"^((?:(?:yes|yep|ok|okay|so|then|go\s+ahead\s+and|pls|please)\s+)*)approve\s+(?=(?:as|for)\s+\S)")]
    private static partial Regex ApproveAs();

    /// <summary>"casey checks out", "jordan's legit", "casey is fine", "ok casey's good to go as a marketer": someone vouched for.</summary>
    [GeneratedRegex(@"^(?:(?:yep|yes|yeah|ok|okay|sure|so|nice|great|cool)\s+)*(?<who>[\p{L}][\p{L}.-]*)(?:'s|\s+is)?\s+(?:checks?\s+out|legit|fine|good|ok|okay|good\s+to\s+go|cleared|verified|all\s+set|one\s+of\s+(?:us|ours))(?:\s+(?<rest>(?:as|for)\s+.+))?$")]
    private static partial Regex Vetted();
}
