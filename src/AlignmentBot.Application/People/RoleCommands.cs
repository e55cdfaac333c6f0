using System.Text.RegularExpressions;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.People;

/// <summary>
/// Reads role and admin commands. Role words come from a closed list, so "make it a goal" or "Priya is the owner" are
/// left to the language model.
/// </summary>
public static partial class RoleCommands
{
    internal static readonly (string Phrase, Role Role)[] RoleWords =
    [
        ("marketing lead", Role.MarketingLead), ("head of marketing", Role.MarketingLead), ("marketing leader", Role.MarketingLead), ("cmo", Role.MarketingLead),
        ("vp marketing", Role.MarketingLead), ("vp of marketing", Role.MarketingLead),
        ("marketer", Role.Marketer), ("marketing", Role.Marketer), ("in marketing", Role.Marketer),
        ("sales lead", Role.SalesLead), ("head of sales", Role.SalesLead), ("sales leader", Role.SalesLead), ("vp sales", Role.SalesLead), ("vp of sales", Role.SalesLead),
        ("sales rep", Role.SalesRep), ("sales", Role.SalesRep), ("in sales", Role.SalesRep), ("sdr", Role.SalesRep), ("bdr", Role.SalesRep), ("rep", Role.SalesRep),
        ("account executive", Role.SalesRep), ("seller", Role.SalesRep),
        ("leadership", Role.Leadership), ("in leadership", Role.Leadership), ("ceo", Role.Leadership), ("leader", Role.Leadership), ("executive", Role.Leadership),
    ];

    /// <summary>The first role or admin command of <paramref name="text"/> (see <see cref="ParseAll"/>).</summary>
    public static RoleCommand? Parse(string? text) => ParseAll(text) is [var first, ..] ? first : null;

    /// <summary>
    /// Every role or admin command a message holds, in order: "make Jordan a sales rep, and make him an admin too" is a grant
    /// and an admin right, the pronoun of the second being the person of the first. Each is run through the role service,
    /// which checks the speaker may. One command, or none, for anything else.
    /// </summary>
    public static IReadOnlyList<RoleCommand> ParseAll(string? text)
    {
        if (!string.IsNullOrWhiteSpace(text) && AndThen().Match(text) is { Success: true, Index: > 0 } split
            && ParseOne(text[..split.Index]) is { Kind: RoleCommandKind.Assign or RoleCommandKind.ApproveRequest or RoleCommandKind.MakeAdmin or RoleCommandKind.RemoveAdmin, Who: { } who } first
            && !who.Equals("me", StringComparison.OrdinalIgnoreCase)
            && ParseOne(text[(split.Index + split.Length)..]) is { Kind: RoleCommandKind.Assign or RoleCommandKind.MakeAdmin or RoleCommandKind.RemoveAdmin } second)
        {
            return [first, second.Who is null || Pronoun().IsMatch(second.Who) ? second with { Who = who } : second];
        }

        var one = ParseOne(text);
        return one is null ? Array.Empty<RoleCommand>() : new[] { one };
    }

    private static RoleCommand? ParseOne(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return null;
        }

        // "make Alex the sales lead, Sam's moving to partnerships", "give Priya the marketing lead role - she's taking over":
        // a reason said after the command is not part of the role, so the command is read on the clause before it too.
        // "yep, Casey's legit - give her the sales rep role", "make Casey one of Sam's reps": a grant in one's own words.
        // "Casey's role request is fine, approve it" approves hers: the clause before the comma does not list them all.
        return ParseClause(text) ?? (ReasonAfter().Match(text) is { Success: true, Index: > 0 } reason && ParseClause(text[..reason.Index]) is { } before
                && !(before.Kind == RoleCommandKind.ListRequests && RoleGrant.ReadApproval(text) is not null) ? before : null)
            // "let jordan in", "yes, approve him as SDR": an approval; with no role said, the role the person's request asks,
            // and with only a pronoun, the one person waiting (RoleService).
            ?? (RoleGrant.ReadApproval(text) is { } grant
                ? new RoleCommand(grant.Role is null ? RoleCommandKind.ApproveRequest : RoleCommandKind.Assign, grant.Who == RoleGrant.Unnamed ? null : grant.Who, grant.Role)
                : null)
            // "can u upgrade me to sales lead? sam's cool with it": a role asked for oneself in one's own words is a request.
            ?? (RoleSelfAsk.Read(text) is { } wanted ? new RoleCommand(RoleCommandKind.RequestOwn, null, wanted) : null);
    }

    private static RoleCommand? ParseClause(string text)
    {
        // "make Priya an admin pls": the politeness around a command is not part of it (nor of the person's name).
        // A greeting first ("hi! can you make me an admin?") is not part of it either.
        var t = Corrections.Interjections.WithoutPoliteness(Bot.AsideOpeners.WithoutGreeting(text.Trim())).Trim();

        // "make Jordan a marketer on my team", "make Alex the sales lead for now": where or for how long changes neither the
        // person nor the role, so the role is still the phrase the command ends with.
        t = Qualifier().Replace(t, string.Empty).Trim();
        // "👍 jordan is a sales rep": an emoji or a mark before the sentence is not part of the name.
        t = LeadingMarks().Replace(t, string.Empty);
        // "anyone waiting for a role?", "any newcomers waiting on approval?": the requests asked for in other words.
        // "approve Casey's role request please" approves hers (RoleGrant); it does not list them all.
        // "jordan checks out, approve the role request" approves his, named around it.
        if (!ApprovesOnesRequest().IsMatch(t) && (ListRequests().IsMatch(t) || RoleWaiting.Asks(t)) && RoleGrant.ReadApproval(t) is null)
        {
            return new RoleCommand(RoleCommandKind.ListRequests);
        }

        if (ListRoles().IsMatch(t))
        {
            return new RoleCommand(RoleCommandKind.ListRoles);
        }

        // "fine, who are the admins then?", "who approves roles around here?", "who's allowed to change our currency?": who
        // administers the workspace, asked at any point; the admins are named and nothing changes.
        if (AdminsQuestion.Asks(t))
        {
            return new RoleCommand(RoleCommandKind.WhoAdmins);
        }

        // "actually, Marco is no longer an admin", "oh wait, make Sam an admin": a change of mind or an aside before an admin
        // command is not part of the person's name.
        var admin0 = CorrectionOpener().Replace(t, string.Empty);
        if (admin0.Length > 0 && admin0 != t && (RemoveAdmin().IsMatch(admin0) || MakeAdmin().IsMatch(admin0)))
        {
            t = admin0;
        }

        if (RemoveAdmin().Match(t) is { Success: true } remove && IsPerson(remove.Groups["who"].Value))
        {
            return new RoleCommand(RoleCommandKind.RemoveAdmin, remove.Groups["who"].Value.Trim());
        }

        if (MakeAdmin().Match(t) is { Success: true } admin && (admin.Groups["who"].Value.Trim() is var named) && (named.Equals("i", StringComparison.OrdinalIgnoreCase) || IsPerson(named)))
        {
            // "can I be an admin?" asks for oneself: the same as "make me an admin", which only an admin may do.
            return new RoleCommand(RoleCommandKind.MakeAdmin, named.Equals("i", StringComparison.OrdinalIgnoreCase) ? "me" : named);
        }

        // "can you make me an admin so I can change the currency?", "how do I become an admin?": asking for it in other words.
        if (AdminAsk.IsAskingForSelf(t))
        {
            return new RoleCommand(RoleCommandKind.MakeAdmin, "me");
        }

        if (OwnRole().Match(t) is { Success: true } own)
        {
            // "pls change my role to sales lead, I'm running the pipeline review now": the role asked for is said after "my role".
            return new RoleCommand(RoleCommandKind.RequestOwn, null, own.Groups["role"].Success && TryRole(own.Groups["role"].Value, out var wanted) ? wanted : RoleSelfAsk.Read(t));
        }

        // "approve Jordan as a marketer", "give Jordan the marketer role": only with a plain name before the role, so
        // "approve the SLA for sales" stays with the agreement.
        var granted = Grant().Match(t) is { Success: true } grant ? RoleSuffix().Replace(grant.Groups["rest"].Value.TrimEnd('.', '!', ' '), string.Empty) : null;
        var body = Assign().Match(t) is { Success: true } assign ? assign.Groups["rest"].Value : granted ?? (IsA().Match(t) is { Success: true } isA ? isA.Groups["rest"].Value : null);
        if (body is null)
        {
            return null;
        }

        // The role is the longest role phrase the sentence ends with; the person is everything before it.
        var lower = body.TrimEnd('.', '!', '?', ' ').ToLowerInvariant();
        foreach (var (phrase, role) in RoleWords.OrderByDescending(w => w.Phrase.Length))
        {
            if (!lower.EndsWith(" " + phrase, StringComparison.Ordinal))
            {
                continue;
            }

            var who = Connector().Replace(body.TrimEnd('.', '!', '?', ' ')[..^phrase.Length], string.Empty).Trim();
            if (granted is not null && !PlainName().IsMatch(who))
            {
                return null;
            }

            // "make me a sales rep" asks for oneself: a request an admin approves (an admin's own is granted at once).
            return who.Equals("me", StringComparison.OrdinalIgnoreCase) || who.Equals("myself", StringComparison.OrdinalIgnoreCase)
                ? new RoleCommand(RoleCommandKind.RequestOwn, null, role)
                : IsPerson(who) ? new RoleCommand(RoleCommandKind.Assign, who, role) : null;
        }

        return null;
    }

    /// <summary>A role from the closed list of role words ("the marketing lead", "a sales rep", "leadership").</summary>
    public static bool TryRole(string text, out Role role)
    {
        var t = ArticleOrPunctuation().Replace(text.Trim().ToLowerInvariant(), string.Empty).Trim();
        foreach (var (phrase, candidate) in RoleWords)
        {
            if (t == phrase)
            {
                role = candidate;
                return true;
            }
        }

        role = default;
        return false;
    }

    /// <summary>"make @name the sales lead", as an example for an admin.</summary>
    public static string Example(Role role) => role == Role.Leadership ? "make @name leadership" : $"make @name the {Roles.Noun(role)}";

    private static bool IsPerson(string who)
    {
        var w = who.Trim().ToLowerInvariant();
        return w.Length is > 0 and <= 80 && w is not ("it" or "this" or "that" or "who" or "what" or "there" or "here" or "the goal" or "the target");
    }

    /// <summary>Where a reason after a command starts: a comma, semicolon or dash, or "since"/"because"/"as".</summary>
    [GeneratedRegex(@"\s*(?:[,;–—]|\s-\s)|\s+(?:since|because|cos|as\s+(?:he|she|they)|now\s+that|so\s+(?:that\s+)?(?:he|she|they|i|we)\s+(?:can|could|may)|so\s+(?:he|she|they)'s\s+able)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReasonAfter();

    [GeneratedRegex(@"(?:\s+(?:(?:on|in|for|to|into|within|of)\s+(?:my|our|the|his|her|their|your)\s+(?:team|group|department|dept|org|squad|side|crew)|for\s+now|from\s+now\s+on|going\s+forward|for\s+the\s+time\s+being|temporarily|too|as\s+well|now))+[\s.!?]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Qualifier();

    [GeneratedRegex(@"^(the\s+|a\s+|an\s+|our\s+|my\s+)+|[.!?]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleOrPunctuation();

    [GeneratedRegex(@"\b(role\s+requests?|pending\s+roles?|who\s+(has\s+)?asked\s+for\s+(a\s+)?roles?|requests?\s+for\s+roles?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListRequests();

    [GeneratedRegex(@"^\s*(who('s|\s+is|\s+are)\s+(the\s+|an?\s+)?(admins?|administrators?|leads?)|(list|show)\s+(the\s+|all\s+)?roles|roles|who\s+has\s+which\s+role|who\s+does\s+what|who('s|\s+is)\s+who)\s*\??\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListRoles();

    [GeneratedRegex(@"^\s*(?:(?:and|also|then|plus|oh\s+and)\s+)?(please\s+)?(make|set|appoint|promote|add)\s+(?<who>.+?)\s+(as\s+)?(an?\s+)?(admin|administrator)\s*[.!?]?\s*$|^\s*(?:(?:and|also|then|plus|please|pls)\s+)*(?:give|grant)\s+(?<who>[\p{L}][\p{L}.-]*)\s+(?:an?\s+)?(?:admin|administrator)(?:\s+(?:rights|access|permissions?|privileges|role))?\s*[.!?]?\s*$|^\s*(?<who>.+?)\s+is\s+(now\s+)?an?\s+(admin|administrator)\s*[.!]?\s*$|^\s*(?<who>[\p{L}][\p{L}.-]*)\s+should\s+(?:be|become)\s+an?\s+(?:admin|administrator)(?:\s+(?:too|as\s+well))?\s*[,.!]*\s*(?:please|pls)?\s*[.!]?\s*$|^\s*(?:hey\s+|so\s+|also\s+)?(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:make|set|add)\s+(?<who>me|[\p{L}][\p{L}.-]*)\s+(?:as\s+)?(?:an?\s+)?(?:admin|administrator)(?:\s+(?:please|too|as\s+well))?\s*[.!?]?\s*$|^\s*(?:hey\s+|so\s+|also\s+)?(?:can|could|may)\s+(?<who>i)\s+(?:please\s+)?(?:be|become|get)\s+(?:made\s+)?(?:an?\s+)?(?:admin|administrator)(?:\s+(?:rights|access))?(?:\s+(?:please|too|as\s+well))?\s*[.!?]?\s*$|^\s*(?<who>i)(?:'d|\s+would)?\s+(?:like|want|need)\s+(?:to\s+(?:be|become)\s+(?:an?\s+)?(?:admin|administrator)|admin\s+(?:rights|access))\s*[.!?]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MakeAdmin();

    [GeneratedRegex(@"^\s*(please\s+)?(remove|revoke)\s+(?<who>.+?)('s)?\s+(as\s+)?(an?\s+)?(admin|administrator)(\s+rights)?\s*[.!]?\s*$|^\s*(?<who>.+?)\s+is\s+no\s+longer\s+an?\s+(admin|administrator)\s*[.!]?\s*$|^\s*(?<who>[\p{L}][\p{L}.-]*)\s+(?:shouldn't|should\s+not|should\s+no\s+longer)\s+be\s+an?\s+(?:admin|administrator)(?:\s+any\s*more)?(?:\s*(?:[,;]|\s-\s)\s*(?:take\s+it\s+away|remove\s+(?:her|him|them|it)|revoke\s+it|undo\s+that))?\s*[.!]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RemoveAdmin();

    [GeneratedRegex(@"\b(change|update|set)\s+my\s+role\b|\bi'?m\s+(now\s+)?(?<role>in\s+(leadership|marketing|sales))\b|\bi\s+am\s+(now\s+)?(?<role>in\s+(leadership|marketing|sales))\b|\bmy\s+role\s+is\s+(?<role>\w+(\s+\w+)?)|\bi'?m\s+(now\s+)?(?<role>(the|a|an)\s+(marketing\s+lead|sales\s+lead|marketer|sales\s+rep|head\s+of\s+(marketing|sales)))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnRole();

    [GeneratedRegex(@"^\s*(please\s+)?(make|set|appoint|name|promote)\s+(?<rest>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Assign();

    [GeneratedRegex(@"^\s*(please\s+)?(approve|give|grant|assign)\s+(?<rest>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Grant();

    /// <summary>"… the marketer role", "… marketer access": the role word is what comes before.</summary>
    [GeneratedRegex(@"\s+(role|role\s+request|access|rights|permissions?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleSuffix();

    /// <summary>A name of one or two words, or a mention, with an optional possessive.</summary>
    [GeneratedRegex(@"^(<@[^>]+>|@?(?!the\b|a\b|an\b|our\b|sla\b|it\b|this\b|that\b)[\p{L}][\p{L}.-]*(\s+(?!as\b|the\b|to\b|for\b)[\p{L}][\p{L}.-]*)?)('s)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlainName();

    /// <summary>"Sam is the sales lead": the person and the role, joined by "is", with "the/a/an/our" or "in" before the role.</summary>
    [GeneratedRegex(@"^\s*(?<rest>.+?\s+is\s+(now\s+)?(the|a|an|our|in)\s+.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IsA();

    /// <summary>What joins the person to the role: " as the", " is now a", a trailing article.</summary>
    [GeneratedRegex(@"('s\s+(role\s+)?request)?(\s+to\s+be)?(\s+is)?(\s+now)?(\s+as)?(\s+(the|a|an|our))?(\s+new)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Connector();

    /// <summary>"approve Casey's role request", "I approve jordan's request": one person's request, named.</summary>
    [GeneratedRegex(@"\bapprove\s+(?!the\b|all\b|every|any\b|pending\b|those\b|these\b|them\b|their\b)[\p{L}][\p{L}.-]*'s\s+(?:role\s+)?request\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ApprovesOnesRequest();

    [GeneratedRegex(@"^[^\p{L}\p{N}@<]+")]
    private static partial Regex LeadingMarks();

    /// <summary>Where a second command starts: ", and make …", " and also give …".</summary>
    [GeneratedRegex(@"(?:\s*,\s*|\s+)(?:and|also|plus|then)\s+(?:also\s+|then\s+)?(?=(?:please\s+)?(?:make|give|grant|set|add|promote|appoint|remove|revoke)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AndThen();

    [GeneratedRegex(@"^(?:him|her|them|he|she|they)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pronoun();

    /// <summary>"actually,", "oh wait", "hmm", "ok so" before a command.</summary>
    [GeneratedRegex(@"^\W*(?:(?:actually|oh|ah|ok|okay|so|wait|hmm+|well|and|also|sorry|no|oops)(?:[\s,.!:;—–-]+|$))+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CorrectionOpener();
}
