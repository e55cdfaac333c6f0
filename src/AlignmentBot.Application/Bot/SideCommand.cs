using System.Text.RegularExpressions;
using AlignmentBot.Application.Digests;
using AlignmentBot.Application.Dialogs.Leads;
using AlignmentBot.Application.People;

namespace AlignmentBot.Application.Bot;

/// <summary>
/// Something else to be done, typed while another dialog's question is open: "oh and log this too: Alex needs 50 printed
/// one-pagers, $120" at a request's "which goal?", "hold up - accept 1286, they're legit" at "who asked?", "send the weekly
/// digest here every monday at 8" at a goal's deadline question, "oh first, make priya an admin please" at its owner
/// question. Read from what it asks done, without the words that announce a side trip, not from one phrasing: a request
/// handed over (a verb of logging or "another request", and what is wanted after it), a verdict on a lead named by id or
/// company (<see cref="LeadVerdicts"/>), a digest set up or moved (<see cref="DigestAsk"/>, a digest named with a day or a
/// time), an admin made or a role given to someone else (<see cref="RoleCommands"/>). None of these answers a name, a day,
/// a goal or a reason: the turn handler does it through its own dialog and permission check, then asks the question again.
/// Built against <c>Paraphrases/side-command.*.txt</c>.
/// </summary>
public static partial class SideCommand
{
    public const string Request = "request";
    public const string Verdict = "verdict";
    public const string Digest = "digest";
    public const string Admin = "admin";
    public const string CheckIn = "checkin";
    public const string None = "no";

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>The kind of command <paramref name="text"/> is (<see cref="Request"/>, ...), or <see cref="None"/>.</summary>
    public static string Kind(string text, IEnumerable<string> companies) => Read(text, companies).Kind;

    /// <summary>The kind of command, and for a verdict the lead as named (an id's digits, or a company's words).</summary>
    public static (string Kind, string? Lead) Read(string text, IEnumerable<string> companies)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 400)
        {
            return (None, null);
        }

        // "before I forget", "ugh", "separate thing" open a side trip here only: elsewhere they may open a story or a reason.
        var said = AsideOpeners.WithoutGreeting(AsideOpeners.Strip(MoreOpeners().Replace(text.Trim(), string.Empty)));
        if (RequestText(said) is not null)
        {
            return (Request, null);
        }

        if (RoleCommands.Parse(said) is { } role
            && (role is { Kind: RoleCommandKind.MakeAdmin or RoleCommandKind.RemoveAdmin, Who: { } who } && who != "me"
                || role is { Kind: RoleCommandKind.Assign, Who: not null, Role: not null }))
        {
            return (Admin, null);
        }

        if (DigestAsk.Read(said, digestInTalk: false) is not null
            || (DigestNamed().IsMatch(said) && !said.TrimEnd().EndsWith('?') && (DigestMove.Read(said) is not null || DigestCadence.Read(said) is not null) && SetVerb().IsMatch(said)))
        {
            return (Digest, null);
        }

        // A lead named by a number only where the number can be nothing else: four digits or a prefixed id, no money, unit
        // or rate with it ("go with 250", "good, 260 a month" are a draft's figures).
        if (!said.Contains('?', StringComparison.Ordinal) && !LeadVerdicts.NamesTheOriginal(said)
            && LeadVerdicts.Read(said, companies) is { Lead: var lead }
            && (!lead.Any(char.IsDigit) || PrefixedId().IsMatch(lead) || (BareLeadNumber().Match(said) is { Success: true } number && lead.EndsWith(number.Value, StringComparison.Ordinal))))
        {
            return (Verdict, lead);
        }

        // "spend this week was 18.5k", "oh and mqls so far this week: 21": a metric, its figure and the period it is for, said
        // as a fact, is a check-in of its own; not a goal's target ("240 MQLs a month", "make it 250"), nor a question.
        if (CheckInMetric().Match(said) is { Success: true } checkIn && CheckInPeriod().IsMatch(said) && said.Any(char.IsDigit)
            && !said.Contains('?', StringComparison.Ordinal) && !AsksFirst().IsMatch(said) && !CheckInWant().IsMatch(said))
        {
            return (CheckIn, checkIn.Value);
        }

        return (None, null);
    }

    /// <summary>The metric a check-in said on the side names, as said ("spend", "mqls", "follow-up time"), or null.</summary>
    public static string? CheckInMetricSaid(string text) => CheckInMetric().Match(text) is { Success: true } m ? m.Value : null;

    [GeneratedRegex(@"\b(?:mqls?|sqls?|spend|spent|leads|follow[\s-]?ups?(?:\s+time)?|revenue|retention|cpl|cost\s+per\s+lead|opps|opportunities|pipeline|deals(?:\s+won)?|win\s+rate|acceptance(?:\s+rate)?|sales\s+cycle)\b", Options)]
    private static partial Regex CheckInMetric();

    [GeneratedRegex(@"\b(?:this|last|lst|past|previous|prev)\s+(?:week|wk|month|mo|mnth|quarter)\b|\bso\s+far\b|\bthe\s+week\s+of\b|\b(?:wtd|mtd)\b|\bweek\s+before\s+last\b", Options)]
    private static partial Regex CheckInPeriod();

    // What a goal or a change says, never a check-in: a want, a target, a rate ("a month", "per week", "/mo").
    [GeneratedRegex(@"\b(?:should|need|needs|want|wants|aim|target|goal|instead|make|change|set|bump|raise|lower|cut|increase|decrease|reduce|realistic|deadline|by\s+(?:the\s+)?end)\b|\blet'?s\s+say\b|\b(?:a|per)\s+(?:week|wk|month|quarter|year)\b|/\s*(?:wk|week|mo|month)\b", Options)]
    private static partial Regex CheckInWant();

    [GeneratedRegex(@"^\W*(?:how|what|what'?s|whats|is|are|was|were|did|do|does|can|could|should|who|when|why|where)\b", Options)]
    private static partial Regex AsksFirst();

    [GeneratedRegex(@"^\W*(?:(?:before\s+i\s+forget|while\s+i\s+remember|ugh+|uh+|oops|just\s+a\s+sec(?:ond)?|one\s+moment|(?:separate|another|unrelated|different)\s+thing)(?:[\s,.:;!—–-]+|$))+", Options)]
    private static partial Regex MoreOpeners();

    [GeneratedRegex(@"^[a-z]+-\d{3,7}$", Options)]
    private static partial Regex PrefixedId();

    [GeneratedRegex(@"(?<![$€£\d.,])\b\d{4}\b(?![.,]\d)(?!\s*(?:k\b|m\b|%|mqls?|sqls?|leads\b|deals\b|per\b|/|a\s+(?:month|week|quarter|year)|(?:dollars|bucks|euros|pounds|usd|eur|gbp)\b))", Options)]
    private static partial Regex BareLeadNumber();

    /// <summary>
    /// The request a message hands over, as the request dialog reads an opening ("log a request: Alex needs 50 printed
    /// one-pagers, $120"), or null when it asks no request logged. The words asking to log it go; what is wanted stays.
    /// </summary>
    public static string? RequestText(string said)
    {
        if (LogWords().Match(said) is not { Success: true } log)
        {
            return null;
        }

        // What follows a colon or dash after the words of logging, else the message without them ("separate thing - Sam
        // wants a battle card by Friday, log it pls").
        var after = said[(log.Index + log.Length)..];
        var content = Break().Match(after) is { Success: true } brk && Words(after[(brk.Index + brk.Length)..]) >= 3
            ? after[(brk.Index + brk.Length)..]
            : (said[..log.Index] + " " + after).Trim();
        // "log a request from Marco: a customer webinar in January": who asked is said before the colon.
        if (FromWho().Match(after) is { Success: true } from && !WantVerb().IsMatch(content))
        {
            content = from.Groups["who"].Value + " wants " + content;
        }

        content = Opener().Replace(content, string.Empty).Trim(' ', ',', ';', '-', '–', ':', '.');
        content = TrailingAsk().Replace(content, string.Empty).Trim(' ', ',', ';', '-', '–', ':', '.');
        if (Words(content) < 3 || !(Wanted().IsMatch(content) || Break().IsMatch(after)))
        {
            return null;
        }

        return "log a request: " + content;
    }

    /// <summary>
    /// "is marketing working? also log this: Marco wants a one-pager, $200, for the CPL goal", "set the digest here fridays at
    /// 11. also log this: …": a sentence, then a request handed over in a sentence of its own. The sentence before, and the
    /// request as <see cref="RequestText"/> reads it, or null when no sentence after the first asks a request logged.
    /// Built against <c>Paraphrases/request-after-sentence.*.txt</c>.
    /// </summary>
    public static (string Before, string Request)? RequestAfter(string text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 400)
        {
            return null;
        }

        // "Sam wants a booth banner ($400) and Dana wants a board one-pager ($200)": two people's asks joined by "and", each a
        // request of its own; the first is logged, then the second.
        if (SecondAsk().Match(text) is { Success: true } second && second.Index > 0 && !Questions.QuestionAnswers.IsQuestion(text)
            && text[..second.Index].Trim() is { Length: > 0 } first && text[(second.Index + second.Length)..].Trim() is { Length: > 0 } other
            && Dialogs.Requests.RequestParsing.SomeoneAsked(first) is not null && Dialogs.Requests.RequestParsing.SomeoneAsked(other) is not null)
        {
            return (first, other);
        }

        foreach (Match end in SentenceEnd().Matches(text))
        {
            var before = text[..end.Index].Trim();
            var rest = text[(end.Index + end.Length)..].Trim();
            if (before.Length > 0 && LogFirst().IsMatch(rest) && RequestText(rest) is { } request)
            {
                return (before, request);
            }

            // "…, when is the follow-up goal due again? also Dana wants a customer panel recap, $300": a question asked, then
            // someone's ask told with its details. The question is answered, then the request logged; neither is dropped.
            if (before.Length > 0 && end.Value.Contains('?') && !Questions.QuestionAnswers.IsQuestion(rest)
                && Dialogs.Requests.RequestParsing.SomeoneAsked(rest) is not null && Dialogs.Requests.RequestParsing.SaysDetail(rest))
            {
                return (before + "?", rest);
            }
        }

        return null;
    }

    [GeneratedRegex(@"[.?!;]+\s+", Options)]
    private static partial Regex SentenceEnd();

    // "… and Dana wants …", ", plus Marco needs …": another person's ask joined to the first (a name, then a verb of asking).
    [GeneratedRegex(@"(?:\s*[,;]\s*|\s+)(?:and|plus)\s+(?:also\s+)?(?=[A-Z][a-z][\w'-]*\s+(?:also\s+)?(?:wants|needs|is\s+after|asked\s+(?:us\s+|me\s+)?for|would\s+like)\s)", RegexOptions.CultureInvariant)]
    private static partial Regex SecondAsk();

    // The sentence opens by asking a request logged: "also log this:", "oh and log this too -", "plus log a new request -".
    [GeneratedRegex(@"^\W*(?:(?:oh|and|also|plus|btw|ok|okay|so|pls|please|plz|can\s+you|could\s+you|can\s+u)\b[\s,]*)*(?:log|record|add\s+(?:a|an|another)\s+(?:new\s+)?(?:request|ask))\b", Options)]
    private static partial Regex LogFirst();

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    // The words asking a request logged: "log this (too|first|for me|while I remember)", "log a (new) request", "record this one",
    // "add a request", "another request", "one to log", "log:".
    [GeneratedRegex(@"\b(?:log|record)\s+(?:(?:this|that|it|one|another)(?:\s+(?:one|more))?|(?:a|an|another|one\s+more)\s+(?:new\s+)?(?:marketing\s+)?(?:request|ask))(?:\s+(?:too|also|as\s+well|first|now|quickly|real\s+quick|for\s+me|pls|please|plz|while\s+i\s+remember|before\s+i\s+forget))*\b|\b(?:log|record)\s*(?=[:\-–])|\badd\s+(?:a|an|another|one\s+more)\s+(?:new\s+)?(?:request|ask)(?:\s+(?:too|also|as\s+well|first|for\s+me))*\b|\b(?:another|separate|one\s+more|second)\s+(?:new\s+)?(?:marketing\s+)?(?:request|ask)\b(?:\s+(?:too|also|as\s+well|while\s+we'?re\s+(?:here|at\s+it)))*|\b(?:one|something|thing)\s+(?:more\s+)?to\s+log\b", Options)]
    private static partial Regex LogWords();

    [GeneratedRegex(@"^\s*from\s+(?<who>[\p{L}][\p{L}.'-]*(?:\s+[A-Z][\p{L}.'-]*)?)\s*[:\-–]", RegexOptions.CultureInvariant)]
    private static partial Regex FromWho();

    [GeneratedRegex(@"\b(?:wants?|needs?|asked|asks|would\s+like|requested|is\s+after)\b", Options)]
    private static partial Regex WantVerb();

    [GeneratedRegex(@"^\s*(?:[^:\-–]{0,30}?)\s*[:\-–]\s*", Options)]
    private static partial Regex Break();

    [GeneratedRegex(@"^\W*(?:(?:oh|and|also|so|btw|pls|please|plz|can\s+you|could\s+you|can\s+u|too|first|from)\b[\s,]*)+", Options)]
    private static partial Regex Opener();

    [GeneratedRegex(@"[\s,;.\-–]*\b(?:(?:can\s+you\s+|pls\s+|please\s+)?(?:log|record)\s+(?:it|that|this)(?:\s+(?:pls|please|plz|too|for\s+me))*)\W*$", Options)]
    private static partial Regex TrailingAsk();

    // Someone wants something, or money is said: what a request holds.
    [GeneratedRegex(@"\b(?:wants?|needs?|asked\s+(?:me\s+|us\s+)?for|asks?\s+for|would\s+like|requested|is\s+after)\b|[$€£]\s?\d|\b\d[\d.,]*\s?k\b|\b(?:grand|bucks|no\s+cost|no\s+budget)\b", Options)]
    private static partial Regex Wanted();

    [GeneratedRegex(@"\b(?:digest|weekly\s+(?:summary|update|email|report|roundup|round-up))\b", Options)]
    private static partial Regex DigestNamed();

    [GeneratedRegex(@"\b(?:send|post|set(?:\s+up)?|move|put|switch|change|schedule|start|drop|deliver|push)\b", Options)]
    private static partial Regex SetVerb();
}
