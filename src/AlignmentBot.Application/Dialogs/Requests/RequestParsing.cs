using System.Globalization;
using System.Text.RegularExpressions;
using AlignmentBot.Conversations.Understanding;

namespace AlignmentBot.Application.Dialogs.Requests;

/// <summary>Pulls who asked, what, by when and for how much out of "Sam asked for a booth at the Chicago trade show, about $30k".</summary>
public static partial class RequestParsing
{
    public static RequestDraft Parse(string text, Entities entities, Guid id)
    {
        // An emoji is decoration, not part of who asked or what they asked for ("Sam 🙏 asked for a booth"). The due date is
        // read from the text as said: the entities' positions are in it.
        var due = Due(text, entities);
        text = Spaces().Replace(Emoji().Replace(text, " "), " ").Trim();
        var who = Requester(text);
        var forWho = who is null ? ForSomeone(text) ?? PerName(text) : null;
        var effort = Effort(text);
        decimal? cost = entities.Money?.Amount ?? (entities.Target is { } t && t >= 500 && effort is null ? t : (decimal?)null) ?? (effort is null ? BareAmount(text) : null);
        return new RequestDraft(id, text, Title(text), who ?? forWho, due, cost, entities.Money?.Currency, effort, RequesterGuessed: forWho is not null, GoalSaid: GoalNamed(text) ?? (NoGoalSaid(text) ? NoGoal : null));
    }

    /// <summary>What <see cref="RequestDraft.GoalSaid"/> holds when the message said the request serves no goal.</summary>
    public const string NoGoal = "none";

    /// <summary>
    /// "…, $300, none", "…, none of our goals", "…, not for any goal": the request's message ends by saying it serves no goal,
    /// as a detail of its own, so it is logged unaligned without asking (as "…, it's for the MQL goal" is logged for that goal).
    /// "no cost" and "budget: none" are its cost, not its goal.
    /// </summary>
    public static bool NoGoalSaid(string text) => NoGoalTail().IsMatch(text.Trim());

    /// <summary>
    /// The goal a request's message says it serves, as a detail of its own: "…, $700, it's for the MQL goal", "…, no cost,
    /// for revenue", "…, by Friday, for the follow-up goal". The words that name it (the dialog finds its metric), or null;
    /// "a flyer for the partner summit" names no goal, and "a partner pack for Q1" is the title's own.
    /// </summary>
    public static string? GoalNamed(string text)
        => GoalDetail().Match(text) is { Success: true } m ? m.Groups["goal"].Value.Trim()
            // "log: £2,500 of paid social for the MQL goal, I'm asking for it myself": the goal named as one, with "goal" said,
            // needs no comma before it.
            : GoalSaidAsGoal().Match(text) is { Success: true } g ? g.Groups["goal"].Value.Trim() : null;

    [GeneratedRegex(@"\s(?:for|towards?)\s+(?<goal>(?:the|our)\s+" + GoalMetricWords + @"\s+(?:goal|target))\s*(?=[,;.!)]|\s[-–—]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoalSaidAsGoal();

    /// <summary>
    /// A message that only names a goal: "MQLs", "the MQL goal", "for the CPL one", "it's for revenue" — the answer to
    /// "which goal does it serve?", said also when the request's message had named it and the question was not asked.
    /// The dialog finds the metric; "MQLs are up" or "what's the MQL goal?" say more than a goal's name.
    /// </summary>
    public static bool GoalNamedAlone(string text) => GoalAlone().IsMatch(text);

    // A goal's number said by name ("revenue", "MQLs", "the follow-up time", "speed to lead"); the language model says which metric.
    private const string GoalMetricWords = @"(?:mqls?|sqls?|cpl|revenue|pipeline|retention|churn|(?:lead\s+)?acceptance(?:\s+rate)?|follow-?up(?:\s+time)?|speed[\s-]to[\s-]lead|(?:the\s+)?sales\s+cycle|cost\s+per\s+lead|bookings|arr)";

    // "…, it's for the MQL goal", "…, for revenue", "… - towards the acceptance target": set off from the title by a comma or dash.
    [GeneratedRegex(@"(?:[,;(]|\s[-–—])\s*(?:(?:and\s+)?(?:it'?s|it\s+is|this\s+is|that'?s|this\s+one'?s|it'?ll\s+be)\s+)?(?:(?:mainly|mostly|all|really)\s+)?(?:for|towards?|serves?)\s+(?<goal>(?:the|our)\s+[\w\s-]{1,30}?\s+(?:goal|target)|(?:the\s+|our\s+)?" + GoalMetricWords + @"(?:\s+(?:goal|target|number|one))?)\s*(?=[,;.!)]|\s[-–—]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoalDetail();

    [GeneratedRegex(@"^\W*(?:(?:ok|yeah|yes|yep|sure|right)\W+)?(?:(?:it'?s|its|it\s+is|this\s+is|that'?s|this\s+one'?s)\s+)?(?:(?:for|towards?|under|serves?)\s+)?(?:the\s+|our\s+)?(?:(?!(?:what|how|why|who|when|where|which|whats|is|are|do|does|did|show|check|set|new|change|log|more|less|fewer|no|not)\b)[\w-]+\s+){0,2}?" + GoalMetricWords + @"(?:\s+(?:goal|target|number|one))?(?:\s+goal)?(?:\s+(?:pls|please|thanks|thx|ty))?[\s.!]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoalAlone();

    /// <summary>
    /// "nurture email rewrite from Sam, 450, by friday", "a customer-panel video, 2000, due Jan 15": a plain amount set off by
    /// commas among a request's details is its cost (the number model may take it for a year or a count).
    /// </summary>
    private static decimal? BareAmount(string text)
        => BareAmountDetail().Match(text) is { Success: true } m && decimal.TryParse(m.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) && n >= 10 ? n
            // "Marco wants 10 blog posts, 2k": thousands said with "k", set off by a comma, with no currency: the cost.
            : BareThousands().Match(text) is { Success: true } k && decimal.TryParse(k.Groups["n"].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var thousands) && thousands > 0 ? thousands * 1000 : null;

    /// <summary>The date the request is due: the one said with "due", "by" or "before" ("about the Q4 results by Friday" is due Friday).</summary>
    public static DateOnly? Due(string text, Entities entities)
    {
        // The cue may sit before the date or be part of what the date model matched ("by friday").
        var cued = entities.DateList.Where(d => d.Deadline is not null && (DueCue().IsMatch(text[..Math.Min(d.Span.Start, text.Length)]) || LeadingDueCue().IsMatch(d.Text))).ToArray();

        // "before the December kickoff … he needs it by Dec 10": a day said outranks a month said in passing.
        var day = cued.FirstOrDefault(d => SaysADay().IsMatch(d.Text));
        return (day ?? cued.FirstOrDefault())?.Deadline ?? entities.Deadline;
    }

    /// <summary>
    /// "by thurs", "due weds": a weekday said short after its cue, which the date model does not read, is the next such day
    /// (a week on when it is today's).
    /// </summary>
    public static DateOnly? ShortWeekday(string text, DateOnly today)
    {
        if (ShortWeekdayDue().Match(text) is not { Success: true } m)
        {
            return null;
        }

        // "thurs", "weds", "tues": the day word as every reader of one reads it.
        if (AlignmentBot.Application.Understanding.WeekdayWords.Named(m.Groups["wd"].Value) is not { } day)
        {
            return null;
        }

        var ahead = ((int)day - (int)today.DayOfWeek + 7) % 7;
        return today.AddDays(ahead == 0 ? 7 : ahead);
    }

    [GeneratedRegex(@"\b(?:due|by|before|till|until)\s+(?:(?:this|on)\s+)?(?<wd>mon|tues?|weds?|thur?s?|thu|fri|sat|sun)\.?(?=\s*(?:[,;.!)]|\s[-–]|$))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShortWeekdayDue();

    /// <summary>Who asked, read from the message as it came (emoji taken off first, as <see cref="Parse"/> does).</summary>
    public static string? RequesterSaid(string text) => Requester(Spaces().Replace(Emoji().Replace(text, " "), " ").Trim());

    public static string? Requester(string text)
    {
        if (SelfAsked().IsMatch(text))
        {
            return null;
        }

        // "log a request for me: Marco wants a new hero image": "for me" is who logs it; the ask after it names who asked.
        if (ForMe().Match(text) is { Success: true } forMe && Wants().Match(Filler().Replace(AfterForMe().Replace(text[forMe.Length..], string.Empty, 1), string.Empty, 1)) is { Success: true } named
            && named.Groups["who"].Value.Trim() is { Length: > 1 } other && (char.IsUpper(other[0]) || LowerName(other)) && !Pronoun().IsMatch(other) && !NotAPerson().IsMatch(other))
        {
            return Clean(other);
        }

        // "I asked for it myself", "my own request", "log a request for me": the person logging it is the requester.
        if (SelfRequested().IsMatch(text) || ForMe().IsMatch(text) || INeed().IsMatch(text) || INeed().IsMatch(Greeting(text)))
        {
            return "me";
        }

        var from = From().Match(text);
        if (from.Success)
        {
            return Clean(from.Groups["who"].Value);
        }

        if (AskClause(text) is { } clause)
        {
            return Clean(Wants().Match(clause).Groups["who"].Value);
        }

        // A long message tells the story first: "so Dana pinged me this morning … she wants us to …".
        if (Told(text) is { } told)
        {
            return Clean(told.Groups["who"].Value);
        }

        // "can you put in a request with marketing for me - need a deck …": the speaker asks for it, in so many words.
        if (PutInForMe().IsMatch(text))
        {
            return "me";
        }

        // Who asked, named after the thing: "…, Marco asked, $250", "per Sam", "Dana's ask", "(Alex's request)", "requested by Sam".
        // Told loosely: "oh, and Sam wants …" in a long note, "Sam is after …", "…, marco asked, 4k eur", "for Dana? she wants …".
        // "can marketing do us a case study on Hooli? 5k budget, need it by EOQ", "any chance you guys could …": the speaker
        // asks marketing for the work; no one else is named, so they asked for it.
        return NamedAfter(text) ?? SomeoneAsked(text) ?? (AsksMarketingForWork(text) ? "me" : null);
    }

    // What may sit between "log a request for me" and the ask: "pls", then a colon, a dash or a comma.
    [GeneratedRegex(@"^\s*(?:(?:pls|please|plz)\b)?\s*[:\-–,]?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AfterForMe();

    /// <summary>
    /// The requester named after what was asked for, in one of the few ways people tag an ask with its source: a name and a
    /// verb of asking after a break ("…, Marco asked", "…, Sam wants it by the 10th"), "per Sam", "requested by Sam", "Dana's
    /// ask". Only a capitalised name that is not a pronoun counts, and a name doing something else ("Sam will review it",
    /// "the deck Marco made") is not who asked.
    /// </summary>
    private static string? NamedAfter(string text)
    {
        foreach (Match m in SourceTag().Matches(text))
        {
            var who = m.Groups["who"].Value;
            if (!Pronoun().IsMatch(who) && !NotAPerson().IsMatch(who))
            {
                return Clean(who);
            }
        }

        // "£650 for a customer quote video, marco's ask": chat's lower-case name, tagged the same way after a break.
        foreach (Match m in LowerSourceTag().Matches(text))
        {
            var who = m.Groups["who"].Value;
            if (!Pronoun().IsMatch(who) && !NotAName().IsMatch(who))
            {
                return Clean(who);
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?:^|[,;(]|\s[-–])\s*(?<who>[a-z][a-z-]+)'s\s+(?:ask|request|idea)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LowerSourceTag();

    /// <summary>
    /// The clause the ask starts in, filler taken off: the whole message for "Sam wants a deck", the part after the chatter
    /// for "ugh, long day. before I forget - Dana wants us to refresh the deck" (a story told first, then the point).
    /// </summary>
    private static string? AskClause(string text)
    {
        foreach (var start in ClauseStarts(text))
        {
            var clause = Filler().Replace(text[start..], string.Empty, 1);
            // Past the first clause only a name counts: "… it needs to be live by Friday" names no requester.
            if (Wants().Match(clause) is { Success: true } m && (start == 0 || (char.IsUpper(m.Groups["who"].Value.TrimStart()[0]) && !Pronoun().IsMatch(m.Groups["who"].Value.TrimStart()))))
            {
                return clause;
            }
        }

        return null;
    }

    private static IEnumerable<int> ClauseStarts(string text)
    {
        yield return 0;
        foreach (Match m in ClauseBreak().Matches(text))
        {
            yield return m.Index + m.Length;
        }
    }

    /// <summary>
    /// "log: webinar landing page for Dana, $1,200": the one capitalised name the thing is for, when the message asks to
    /// log it. A guess: it may be a company ("case study for Initech"), so the dialog keeps it only if it is a person here.
    /// </summary>
    public static string? ForSomeone(string text)
    {
        // "board slide on pipeline for dana, no cost - log it pls": asked to log it last, after the details.
        if (!AsksToLog(text) && !LogItLast().IsMatch(text))
        {
            return null;
        }

        var m = ForName().Match(text);
        if (m.Success)
        {
            return !Pronoun().IsMatch(m.Groups["who"].Value) ? m.Groups["who"].Value : null;
        }

        // "log: partner co-marketing email for dana, 2k EUR": chat's lower-case name, the same guess ("for linkedin" is checked
        // against the workspace's people and dropped there).
        return LowerForName().Matches(text).Select(l => l.Groups["who"].Value).FirstOrDefault(LowerName) is { } lower ? Clean(lower) : null;
    }

    /// <summary>
    /// "…, per sam, $350": who asked, tagged with "per" and typed in lower case. A guess the dialog checks against the
    /// workspace's people, as "… for dana" is; "per seat", "per quarter" and "per the brand guide" name nobody.
    /// </summary>
    public static string? PerName(string text)
        => LowerPer().Matches(text).Select(m => m.Groups["who"].Value).FirstOrDefault(w => LowerName(w) && !PerUnit().IsMatch(w)) is { } who ? Clean(who) : null;

    /// <summary>
    /// The story told before the ask, with a capital ("Sam swung by … he needs") or in chat's lower case ("so dana pinged me
    /// this morning, she wants …", where the pronoun's ask must follow, so "the ceo emailed me" or "everyone emailed me" is no one).
    /// </summary>
    private static Match? Told(string text)
        => ToldMe().Match(text) is { Success: true } told ? told
            : ToldMeLower().Matches(text).FirstOrDefault(m => LowerName(m.Groups["who"].Value));

    // "…, no cost - log it pls", "…; please log this": asked to log it after the details.
    [GeneratedRegex(@"(?:[,;.!]|\s[-–])\s*(?:(?:pls|please|plz|can\s+you|could\s+you|can\s+u)\s+)?(?:log|track|record)\s+(?:it|this|that)(?:\s+(?:pls|please|plz|for\s+me))?\s*[.!]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LogItLast();

    [GeneratedRegex(@"^(?:them|him|her|us|you|yours|mine|ours|theirs|everyone|everybody|anyone)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ObjectPronoun();

    // "for dana," "for sam." at the end: one lower-case word after "for", then a break.
    [GeneratedRegex(@"\bfor\s+(?<who>[a-z][a-z'-]+)\s*(?:[,;.!]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex LowerForName();

    // "per sam," "(per alex)": a lower-case word after "per", then a break.
    [GeneratedRegex(@"(?:^|[\s,;(])per\s+(?<who>[a-z][a-z'-]+)(?=\s*(?:[,;.!)]|\s[-–]|$))", RegexOptions.CultureInvariant)]
    private static partial Regex LowerPer();

    // What "per" counts by, not who asked.
    [GeneratedRegex(@"^(?:month|week|year|quarter|day|hour|minute|lead|mql|sql|unit|person|head|seat|piece|post|page|cent|annum|se|diem|click|user|license|licence|event|attendee|deal|account|item|copy|print|ad|email|send|impression|view|visit|word|slide|asset|video)s?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PerUnit();

    // "so dana pinged me this morning, she wants …": a lower-case name (not after "the"/"our"), told me, then he/she/they ask.
    [GeneratedRegex(@"(?<!\b(?:the|our|my|a|an|his|her|their|your|its)\s+)(?<![\w'-])(?<who>[a-z][a-z'-]+)\s+(?:(?:just|also|literally|finally|then)\s+)?(?:[a-z]+ed|caught|rang|rung|sent|wrote\s+to|came\s+to|came\s+by|stopped\s+by|dropped\s+by|ran\s+into|bumped\s+into|got\s+hold\s+of|reached\s+out\s+to)\s+(?:me|us)\b[^.!?]{0,80}?\b(?:he|she|they)\s+(?=(?:wants|needs|would\s+like|asked\s+for|is\s+asking\s+for)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex ToldMeLower();

    /// <summary>"Actually Sam asked for it, not Dana", "it was Sam who asked": the requester a correction names, or null.</summary>
    public static string? CorrectedRequester(string text)
        => CorrectedName(text) is { } who && !CurrencyName().IsMatch(who) ? who : null;

    // "sorry, that's pounds not dollars" corrects the currency; a currency is nobody's name.
    [GeneratedRegex(@"^(?:pounds?|euros?|dollars?|bucks|quids?|sterling|usd|eur|gbp|us\s+dollars|british\s+pounds)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyName();

    private static string? CorrectedName(string text)
    {
        var t = CorrectionLead().Replace(text, string.Empty);
        var m = Wants().Match(t);

        // "Sam asked for it, not Dana" names who asked for the request just logged; "Sam asked for €800 of review credits"
        // names a new thing asked for: another request, not a correction.
        if (m.Success && m.Groups["who"].Value is { Length: > 1 } who && !who.Equals("it", StringComparison.OrdinalIgnoreCase) && char.IsUpper(who.TrimStart()[0])
            && AboutTheSameAsk().IsMatch(t[(m.Index + m.Length)..]))
        {
            return Clean(who);
        }

        var was = ItWas().Match(t);
        return was.Success ? Clean(was.Groups["who"].Value) : RequesterCorrection.Read(text) is { } named ? Clean(named) : null;
    }

    public static string? Title(string text)
    {
        var t = LeadIn().Replace(SelfRequested().Replace(text, string.Empty), string.Empty);
        if (!Wants().IsMatch(Filler().Replace(t, string.Empty, 1)) && AskClause(t) is { } clause)
        {
            // The point in the middle of a note: the title is that sentence, not the chatter around it.
            t = SentenceEnd().Match(clause) is { Success: true } end ? clause[..end.Index] : clause;
        }

        // "morning! inbox is on fire. oh, and Sam wants a comparison sheet …, no idea how I'll fit it in": told loosely, the
        // title is the thing asked for, up to the end of its sentence.
        if (!Wants().IsMatch(Filler().Replace(t, string.Empty, 1)) && AskClause(t) is null && Told(t) is null && SomeoneAskedAt(t) is { Thing: >= 0 } loose && loose.Thing < t.Length)
        {
            var thing = t[loose.Thing..];
            t = SentenceEnd().Match(thing) is { Success: true } stop ? thing[..stop.Index] : thing;
        }

        var opened = Filler().Replace(t, string.Empty, 1);
        if (!Wants().IsMatch(opened) && Told(t) is { } told && InnerAsk().Match(t, told.Index + told.Length) is { Success: true } ask)
        {
            // A story ("so Sam grabbed me after standup and the sales team wants a refreshed battlecard, he says…"): the
            // title is what is wanted, not the story around it.
            t = ask.Groups["what"].Value;
        }

        // "can marketing do us a case study on Hooli? 5k budget, …": the thing asked for, up to the end of the question.
        if (MarketingAsk().Match(Filler().Replace(t, string.Empty, 1)) is { Success: true } asked)
        {
            var thing = Filler().Replace(t, string.Empty, 1)[asked.Length..];
            t = SentenceEnd().Match(thing) is { Success: true } stop ? thing[..stop.Index] : thing;
        }

        t = Wants().Replace(Filler().Replace(t, string.Empty, 1), string.Empty, 1);
        t = From().Replace(t, string.Empty, 1);
        // Trailing details ("…, €6,500, due 12/10") and who asked ("…, Marco asked") come off one at a time from the end.
        for (var before = string.Empty; before != t;)
        {
            before = t;
            t = BareAmountTail().Replace(SourceTail().Replace(Tail().Replace(NoGoalTail().Replace(t, string.Empty), string.Empty), string.Empty), string.Empty).TrimEnd(' ', ',', '.', ';');
            // "… for the webinar from Marco": who asked, said last, when that is who asked.
            if (FromTail().Match(t) is { Success: true } from && !NotAPerson().IsMatch(from.Groups["who"].Value)
                && string.Equals(Requester(text), Clean(from.Groups["who"].Value), StringComparison.OrdinalIgnoreCase))
            {
                t = t[..from.Index];
            }
        }

        t = t.Trim(' ', ',', '.', ':', '-', '–', ';');
        if (t.StartsWith("for ", StringComparison.OrdinalIgnoreCase))
        {
            t = t[4..];
        }

        if (ForMe().IsMatch(text) && MeLead().Match(t) is { Success: true } me)
        {
            t = t[me.Length..];
        }

        // "need a case study … for the Vandelay deal": someone's own need, said without "I"; the title is what is needed.
        t = OwnNeed().Replace(t, string.Empty);

        if (t.StartsWith("us to ", StringComparison.OrdinalIgnoreCase))
        {
            t = t[6..];
        }

        if (t.Length < 3)
        {
            return null;
        }

        return char.ToUpper(t[0], CultureInfo.InvariantCulture) + t[1..];
    }

    /// <summary>
    /// "Marco wants £2,500 of paid social …, it's for the MQL goal": someone else wants money spent on a thing. That is a
    /// request, whatever goal it names; "Dana wants $1M of revenue a quarter" (money of a metric) is not.
    /// </summary>
    public static bool SomeoneWantsSpend(string text)
        => Requester(text) is { Length: > 1 } who && char.IsUpper(who[0]) && !Pronoun().IsMatch(who) && (MoneyOfAThing().IsMatch(text) || MoneyForAThing().IsMatch(text) || (WantsAThing().IsMatch(text) && MoneySaid().IsMatch(text)));

    /// <summary>
    /// Whether one message tells a request, by the cues the turn handler routes on: asked in so many words to log it,
    /// marketing asked for a piece of work, or (not asked as a question) someone's ask told, money someone wants spent, or the
    /// speaker's own need with its details. A number someone wants or a question about requests tells none.
    /// </summary>
    public static bool TellsRequest(string text)
        => AsksToLog(text) || AsksMarketingForWork(text)
            || (!Questions.QuestionAnswers.IsQuestion(text) && (SomeoneWantsSpend(text) || SomeoneAsked(text) is not null || OwnAsk(text) || (INeed().IsMatch(Greeting(text)) && SaysDetail(text)) || SaysOwnAsk(text)));

    /// <summary>
    /// "need 3 objection-handling cards by thursday, no cost, I'm asking for it myself", "log: investor newsletter redesign, my
    /// ask, $1,800": the speaker says the ask is their own, with a request's details (when it is due, what it costs).
    /// </summary>
    public static bool SaysOwnAsk(string text)
        => !Questions.QuestionAnswers.IsQuestion(text) && OwnAskTag().IsMatch(text) && !GoalSaid().IsMatch(text) && SaysDetail(text);

    // "…, my ask, …", "I'm asking for it myself"; not "for myself", which "can I set a goal for myself? CPL down to $70" says too.
    [GeneratedRegex(OwnAskWords, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnAskTag();

    // The ask said to be the speaker's own as a tag: "…, my ask, …", "I'm asking for it myself"; also part of SelfRequested,
    // which takes it off the title.
    private const string OwnAskWords = @"(?:^|(?<=[,;(]\s*)|(?<=\s[-–]\s*))(?:my|our)\s+(?:ask|request)(?=\s*(?:[,;:.)!]|\s[-–]|$))|\b(?:i'?m|i\s+am)\s+asking\s+for\s+(?:it|this|that|this\s+one)\s+(?:myself|personally)\b";

    [GeneratedRegex(@"\b(?:goals?|targets?|quota|mqls?|sqls?|cpl|revenue|pipeline)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoalSaid();

    /// <summary>The message without the greeting or filler it opens with ("hey, ", "yo, ", "hi! ", "morning, ").</summary>
    private static string Greeting(string text) => LooseFiller().Replace(text, string.Empty, 1);

    /// <summary>A request's details said: when it is due, what it costs, or money (a plain amount set off by commas too:
    /// "Marco wants influencer seeding, 900, for the MQL goal").</summary>
    public static bool SaysDetail(string text) => Detail().IsMatch(text) || MoneySaid().IsMatch(text) || BareAmount(text) is not null;

    /// <summary>
    /// "and a fantasy football logo for the team, no cost, zero goals lol" right after a request was logged: the list goes on
    /// with another thing and a request's details (what it costs, when it is due, the goal it serves or none). Another request,
    /// though it names goals; "and MQLs 44" or "and a goal for 250 MQLs" is no thing of marketing's work.
    /// </summary>
    public static bool AnotherThing(string text)
        => !Questions.QuestionAnswers.IsQuestion(text) && AnotherThingOpening().IsMatch(text) && (SaysDetail(text) || NoGoalSaid(text) || GoalNamed(text) is not null);

    /// <summary>
    /// A request told with the goal it serves (or none) said as a detail of its own: someone's ask with its details
    /// ("🎨 banner set for the january webinar from Marco, 450 euros, it's for the MQL goal"), or, right after a request was
    /// logged, the next thing on the list (<see cref="AnotherThing"/>). Never a goal to set, whatever goals it names.
    /// </summary>
    public static bool ToldWithItsGoal(string text, bool afterRequest)
        => !Questions.QuestionAnswers.IsQuestion(text) && (GoalNamed(text) is not null || NoGoalSaid(text))
            && ((SomeoneAsked(text) is not null && SaysDetail(text)) || (afterRequest && AnotherThing(text)));

    [GeneratedRegex(@"^\W*(?:(?:oh|ah|ok|also)\W+)?(?:and|also|plus)\s+(?:also\s+)?(?:another\s+one\W+)?(?:a|an|some)\s+(?!(?:goal|target|number|figure|check-?in|reminder|digest)\b)[a-z]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnotherThingOpening();

    /// <summary>"can you add something to my request log?": a title that says nothing yet ("something …", "this", "one").</summary>
    public static bool IsPlaceholderTitle(string? title) => title is null || Placeholder().IsMatch(title);

    [GeneratedRegex(@"^\s*(?:something|this|that|one|it|a\s+(?:new\s+)?(?:request|thing|ask)|an\s+ask|another(?:\s+one)?)(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    /// <summary>
    /// Someone else's ask for a piece of work, told loosely: "oh, and Sam wants a comparison sheet vs Globex, 600 bucks" in a
    /// long note, "Sam is after a roadshow kit", "Sam's been on at me about a battle card", "Marco dropped one on me: a G2
    /// review campaign", the name after the thing ("podcast sponsorship Dana asked about", "…, marco asked, 4k eur"), or a
    /// pronoun after the person it is for ("can you log something for Dana? she wants …"). Who asked, as said, or null. A
    /// question ("is Sam after a new deck?"), a number someone wants ("Sam wants 200 MQLs") or someone wanting to know or do
    /// something ("Marco asked how the webinar went", "Alex needs to follow up") is no ask for a piece of work.
    /// </summary>
    public static string? SomeoneAsked(string text) => SomeoneAskedAt(Spaces().Replace(Emoji().Replace(text, " "), " ")) is { } found ? found.Who : null;

    /// <summary>Who asked and where, in <paramref name="text"/>, the thing asked for starts (-1 when it was said before the name).</summary>
    private static (string Who, int Thing)? SomeoneAskedAt(string text)
    {
        var starts = ClauseStarts(text).Distinct().Order().ToArray();
        for (var i = 0; i < starts.Length; i++)
        {
            var end = i + 1 < starts.Length ? starts[i + 1] : text.Length;
            var raw = text[starts[i]..end];
            if (AskedClause().IsMatch(raw))
            {
                continue;
            }

            var opener = LooseFiller().Match(raw);
            var clause = raw[opener.Length..];
            if (TellsAsk().Match(clause) is { Success: true } m && !Pronoun().IsMatch(m.Groups["who"].Value) && !NotAPerson().IsMatch(m.Groups["who"].Value) && !NotAName().IsMatch(m.Groups["who"].Value)
                && (char.IsUpper(m.Groups["who"].Value[0]) || LowerName(m.Groups["who"].Value)))
            {
                return (Clean(m.Groups["who"].Value), starts[i] + opener.Length + m.Length);
            }

            // "our agency contact Fiona wants …", "Ken at our PR firm asked for …", "Jordan, our freelance designer, needs …":
            // someone from outside the workspace, described; the name is kept as said.
            if (Outside().Match(clause) is { Success: true } o && !NotAPerson().IsMatch(o.Groups["who"].Value))
            {
                return (Clean(o.Groups["who"].Value), starts[i] + opener.Length + o.Length);
            }

            // "ken at our pr agency asked for …", "lisa from our events agency wants …": typed in lower case, the description
            // (an agency, a firm) says it is a person from outside.
            if (OutsideLower().Match(clause) is { Success: true } ol && LowerName(ol.Groups["who"].Value))
            {
                return (Clean(ol.Groups["who"].Value), starts[i] + opener.Length + ol.Length);
            }

            // "can you log something for Dana? she wants …", "Marco pinged me: he wants …": the pronoun is the person named before.
            if (PronounAsk().Match(clause) is { Success: true } p && Antecedent(text[..starts[i]]) is { } named)
            {
                return (named, starts[i] + opener.Length + p.Length);
            }
        }

        // "log: stickers for the booth, Alex wants a couple hundred bucks of them, none of our goals": the thing first, then
        // who wants it after a comma, with a capital (a lower-case word there may be anything).
        foreach (Match comma in CommaBreak().Matches(text))
        {
            var rest = text[(comma.Index + comma.Length)..];
            if (TellsAsk().Match(rest) is { Success: true } c && c.Groups["who"].Value is { Length: > 1 } named && char.IsUpper(named[0])
                && !Pronoun().IsMatch(named) && !NotAPerson().IsMatch(named) && !NotAName().IsMatch(named) && !AskedClause().IsMatch(text[..comma.Index]))
            {
                return (Clean(named), -1);
            }
        }

        // "🎤 podcast guest pitch kit, per Dana, no cost", "event badge designs from marco, 90, due tmrw": a thing, then who it
        // is from, with a request's details.
        // "ok so this just landed: 🎨 new ebook cover from Marco, 650 euros, …": the same after the chatter that opens it.
        foreach (var start in starts)
        {
            // Past the opening only a capitalised name counts: "…, per sam, $350" stays a guess checked against the workspace
            // (PerName), and "per seat" is nobody.
            if (TaggedThing().Match(text[start..]) is { Success: true } tagged && TaggedName(tagged.Groups["who"].Value) && (start == 0 || char.IsUpper(tagged.Groups["who"].Value[0]))
                && !ThingSaysMore().IsMatch(tagged.Groups["thing"].Value) && (SaysDetail(text) || MoneySaid().IsMatch(text) || BareAmount(text) is not null))
            {
                return (Clean(tagged.Groups["who"].Value), start + tagged.Groups["thing"].Index);
            }
        }

        foreach (Match tag in AskTag().Matches(text))
        {
            var who = tag.Groups["who"].Value;
            var lower = char.IsLower(who[0]);
            if (!NotAName().IsMatch(who) && !NotAPerson().IsMatch(who) && (!lower || tag.Groups["comma"].Success || LowerAskedTag().IsMatch(tag.Value))
                && !AskedClause().IsMatch(text[..tag.Index]) && tag.Index > 2)
            {
                return (Clean(who), -1);
            }
        }

        return null;
    }

    /// <summary>A lower-case word that may be a first name ("anyway - sam needs …"): not a pronoun, a team, a thing or a month.</summary>
    private static bool LowerName(string who)
        => who.Length >= 3 && !NotAName().IsMatch(who) && !NotAPerson().IsMatch(Clean(who)) && !Pronoun().IsMatch(Clean(who)) && !LowerThing().IsMatch(who);

    private static bool TaggedName(string who)
        => !NotAPerson().IsMatch(Clean(who)) && !Pronoun().IsMatch(Clean(who)) && (char.IsUpper(who[0]) || LowerName(who));

    // Lower-case words that want things but are nobody: "the homepage needs a refresh", "design needs a new brief".
    [GeneratedRegex(@"^(?:the|a|an|our|my|your|his|her|their|its|this|that|these|those|deck|page|homepage|copy|design|content|blog|email|newsletter|everything|anything|something|nothing|one|each|every|all|both|here|there|now|today|tomorrow|home|work|last|next|scratch|q[1-4])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LowerThing();

    // Someone described as from outside: "our agency contact Fiona", "Sarah from our PR agency", "Tom at Acme (our reseller)",
    // "Jordan, our freelance designer,", then a verb of asking and a thing.
    [GeneratedRegex(@"^(?i:(?:our|the|my|an?)\s+(?:[\w&'-]+\s+){0,3}?(?:contact|rep|designer|freelancer|consultant|partner|person|guy|gal|lady|friend|manager|lead|agency|vendor|writer|photographer|account\s+manager|pr\s+person)\s+)?(?<who>[A-Z][a-z][\w'-]*)(?:(?i:\s+(?:from|at|of|with)\s+(?:our\s+|the\s+|an?\s+)?(?:[\w&'-]+\s+){0,3}?[\w&'-]+)(?:\s*\([^)]{1,40}\))?|\s*\([^)]{1,40}\)|\s*,\s*(?i:(?:our|the|an?|my)\s+[^,]{1,40}),)?(?i:\s+(?:just\s+|also\s+)?(?:wants|needs|would\s+(?:like|love)|is\s+after|is\s+asking\s+(?:us\s+|me\s+)?for|asked\s+(?:us\s+|me\s+)?for|requested))" + Thing, RegexOptions.CultureInvariant)]
    private static partial Regex Outside();

    // Someone from outside typed in lower case, described by where they work: "ken at our pr agency asked for", "lisa from our events agency wants".
    [GeneratedRegex(@"^(?<who>[a-z][a-z'-]+)\s+(?:from|at|with)\s+(?:our|the|an?)\s+(?:[\w&'-]+\s+){0,3}?(?:agency|firm|studio|vendor|partner|reseller|consultancy|printers?|freelancers?)\s+(?:just\s+|also\s+)?(?:wants|needs|would\s+(?:like|love)|is\s+after|is\s+asking\s+(?:us\s+|me\s+)?for|asked\s+(?:us\s+|me\s+)?for|requested)" + Thing, RegexOptions.CultureInvariant)]
    private static partial Regex OutsideLower();

    // A thing and who it is from: "🎤 podcast guest pitch kit, per Dana", "event badge designs from marco, 90", "tradeshow banner from sam".
    [GeneratedRegex(@"^\W*(?<thing>[A-Za-z][^,;(?!.:]{2,80}?)(?:\s*(?:[,;(]|\s[-–])\s*|\s+)(?:per|from|requested\s+by|asked\s+for\s+by)\s+(?<who>[A-Za-z][a-z][\w'-]*)\s*(?:[,;.)!]|\s[-–]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TaggedThing();

    // A clause that says more than a thing: a verb, a metric or a number of one ("per Dana, we need 250 MQLs", "the board meets").
    [GeneratedRegex(@"\b(?:i|we|you|he|she|they|is|are|was|were|will|would|should|can|could|need|needs|want|wants|meets?|said|says|told|got|get|have|has|had|mqls?|sqls?|revenue|pipeline|leads?|goal|target|quota|cpl|churn|retention|email\s+from|message\s+from|call\s+from|note\s+from|ping\s+from)\b|\d|%", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThingSaysMore();

    /// <summary>The person a later "she"/"he" stands for: "… for Dana?", "Marco pinged me".</summary>
    private static string? Antecedent(string before)
    {
        // "can you log something for dana? she wants …": the name typed in lower case, when it is no pronoun or thing.
        var names = AntecedentName().Matches(before).Select(m => m.Groups["who"].Value)
            .Where(w => char.IsUpper(w[0]) ? !Pronoun().IsMatch(w) && !NotAPerson().IsMatch(w) : LowerName(w) && !ObjectPronoun().IsMatch(w)).ToArray();
        return names.Length > 0 ? Clean(names[^1]) : null;
    }

    // The verbs of someone's ask, then the thing: "wants a", "is after new", "'s been on at me about a", "dropped one on me: ".
    private const string AskVerb = @"(?:wants|needs|would\s+(?:like|love)|'d\s+(?:like|love)|is\s+after|'s\s+after|(?:is|'s)\s+asking\s+(?:me\s+|us\s+)?for|asked\s+(?:me\s+|us\s+)?(?:for|about)|(?:has|'s)\s+been\s+(?:asking(?:\s+(?:me|us))?|bugging\s+(?:me|us)|on\s+at\s+(?:me|us)|nagging(?:\s+(?:me|us))?|chasing\s+(?:me|us)|pushing)\s+(?:for|about)|keeps\s+(?:asking(?:\s+(?:me|us))?|bugging\s+(?:me|us)|nagging(?:\s+(?:me|us))?|chasing\s+(?:me|us)|pushing)\s+(?:for|about)|(?:came|swung|stopped|popped)\s+(?:by|over|round)\s+(?:asking|to\s+ask)\s+(?:me\s+|us\s+)?for)";

    // A thing, not a number, a metric, a wish to know or do ("to know", "how it went") or "it".
    private const string Thing = @"\s+(?!(?:to|how|if|whether|what|when|why|where|who|it|that|this|them|us\s+to|\d|[$€£]|more\s+(?:mqls?|sqls?|leads|pipeline|revenue)|(?:the\s+)?(?:revenue|pipeline|bookings|arr|mrr|mqls?|sqls?|leads|goal|target|quota|numbers?|figures|rate|percent|follow-?up\s+time|cost\s+per|cpl|retention|churn|acceptance|win\s+rate|update|status))\b)(?=[a-z])";

    [GeneratedRegex(@"^(?<who>[A-Za-z][\w-]+)(?:\s+(?:just|also|now|really|apparently|finally))?\s*(?:" + AskVerb + Thing + @"|(?:dropped|threw|put|landed|sprung|lobbed)\s+(?:one|this|another(?:\s+one)?|something|a\s+(?:request|new\s+one|new\s+ask|thing)|an\s+ask)\s+(?:on|at|to)\s+(?:me|us)\b\s*(?:[:\-–,]\s*)?)", RegexOptions.CultureInvariant)]
    private static partial Regex TellsAsk();

    [GeneratedRegex(@"^(?:he|she|they)\s+(?:" + AskVerb + @"|want)" + Thing, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PronounAsk();

    [GeneratedRegex(@"\bfor\s+(?<who>[A-Z][a-z][\w'-]*)\s*[?,;.!:]|\bfor\s+(?<who>[a-z][a-z'-]+)\s*[?,;.!:]|\b(?<who>[A-Z][a-z][\w'-]*)\s+(?:[a-z]+ed|rang|caught|came\s+by|swung\s+by)\s+(?:me|us)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AntecedentName();

    // The name after the thing: "podcast sponsorship Dana asked about, …", "…, marco asked, 4k eur", "… (Sam asked for it)".
    [GeneratedRegex(@"(?:(?<comma>[,;(]\s*|\s[-–]\s*)|\s)(?<who>[A-Za-z][a-z][\w-]*)\s+(?:asked(?:\s+(?:about|for))?|wanted|requested)(?:\s+(?:it|this|that|this\s+one))?(?=\s*(?:[,;.!)]|\s[-–]|$))", RegexOptions.CultureInvariant)]
    private static partial Regex AskTag();

    // "podcast guest spot sam asked about, 900 EUR": a lower-case name right before "asked about"/"asked for" tags the ask
    // without a comma (chat's names are often lower case); a plain "asked" after a word may be anything.
    [GeneratedRegex(@"\basked\s+(?:about|for)(?:\s+(?:it|this|that|this\s+one))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LowerAskedTag();

    // Lower-case words that are no one's name before "asked".
    [GeneratedRegex(@"^(?:i|he|she|they|we|you|it|someone|somebody|everyone|everybody|nobody|who|which|that|this|sales|marketing|leadership|finance|legal|customers?|clients?|people|team|they've|has|have|had|was|were|is|what|anyone|anybody|already|just|also|never|been|revenue|pipeline|inbox|webinar|agency|company|board|product|support|ops|everything|nothing|cpl|mqls?|sqls?|leads?|retention|churn|acceptance|follow-?up|brand|website|site|campaign|budget|spend|prospects?|partners?|execs?|users?|reps?|folks|guys|analysts?|investors?|managers?|accounts?|buyers?|vendors?|everyone's|nobody's)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAName();

    // A clause that asks rather than tells: "what has Dana asked for this month?", "is Sam after a new deck?".
    [GeneratedRegex(@"^\W*(?:(?:so|ok|and|but|hey|btw|also)\W+)*(?:what|which|who|whose|did|does|do|is|are|has|have|can|could|would|will|anything|any|how|why|when)\b[^.!]*\?|\?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AskedClause();

    // Chatter before the ask in its clause: "oh, and ", "also ", "plus ", "heads up, ", "random but ", "anyway, ", "on top of that ".
    [GeneratedRegex(@"^\s*(?:(?:so|ok|okay|oh|ah|hey|hi|yo|hiya|heya|hello|fyi|right|well|anyway|anyways|btw|also|and|plus|oh\s+yeah|heads\s+up|quick\s+one|one\s+more\s+thing|random\s+but|before\s+i\s+forget|while\s+i\s+remember|on\s+top\s+of\s+(?:that|all\s+that|everything)|morning|ugh|honestly|lol)\b[,:!]?\s+)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LooseFiller();

    /// <summary>
    /// "oh and Marco dropped one on me: a G2 review campaign, …", "btw Sam dropped one on me - a partner battle card": an ask
    /// handed over in so many words, with who asked (<see cref="SomeoneAsked"/>). Built against <c>Paraphrases/request-told.*.txt</c>.
    /// </summary>
    public static bool HandedOver(string text) => DroppedOne().IsMatch(text) && SomeoneAsked(text) is not null;

    [GeneratedRegex(@"\b(?:dropped|threw|landed|sprung|lobbed)\s+(?:one|this|another(?:\s+one)?|something|a\s+(?:request|new\s+one|new\s+ask|thing)|an\s+ask)\s+(?:on|at)\s+(?:me|us)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DroppedOne();

    /// <summary>
    /// "need a battle card vs Vandelay for my calls, no cost, by Wednesday": someone's own need of a piece of work, said
    /// without "I", with a request's details (when it is due, what it costs). Who asked is then asked, not guessed.
    /// </summary>
    public static bool OwnAsk(string text)
    {
        var t = Filler().Replace(text, string.Empty, 1);
        return (OwnNeed().IsMatch(t) || CouldUse().IsMatch(t)) && (Detail().IsMatch(t) || MoneySaid().IsMatch(t));
    }

    /// <summary>
    /// "can marketing do us a case study on Hooli? 5k budget, need it by EOQ", "could you guys whip up a one-pager for the
    /// Initech call by Friday": marketing asked for a piece of work, with what it costs or when it is due. A request by the
    /// speaker, though worded as a question and naming a budget; "can marketing hit 250 MQLs?" asks for no piece of work.
    /// </summary>
    public static bool AsksMarketingForWork(string text)
    {
        var t = Filler().Replace(text, string.Empty, 1);
        return MarketingAsk().Match(t) is { Success: true } ask && (Detail().IsMatch(t[ask.Length..]) || MoneySaid().IsMatch(t[ask.Length..]) || NeedIt().IsMatch(t));
    }

    // The ask up to the thing's article: "can marketing do us ", "could you guys please whip up ", "would the mktg team make me ".
    // "any chance marketing can do …", "is there any way you guys could …": the same ask, hedged.
    [GeneratedRegex(@"^\W*(?:(?:can|could|would|will)\s+" + Asked + @"|(?:(?:is\s+there\s+)?any\s+(?:chance|way)|is\s+there\s+(?:a\s+)?(?:chance|way))\s+" + Asked + @"\s+(?:can|could|would|might)(?:\s+be\s+able\s+to)?)\s+(?:(?:please|pls|plz|maybe|possibly|pretty\s+please)\s+)*(?:do|make|put\s+together|whip\s+up|build|create|write|design|produce|draft|mock\s+up|knock\s+up|throw\s+together|pull\s+together|spin\s+up|get)\s+(?:(?:us|me|our\s+team|the\s+sales\s+team|sales)\s+)?(?=(?:a|an|some|the|new)\s+(?!(?:number|forecast|target|goal|mqls?|sqls?|leads)\b)\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarketingAsk();

    // Who is asked for the work: marketing, its team, or "you (guys)".
    private const string Asked = @"(?:marketing|mktg|you(?:\s+guys|\s+all|\s+folks)?|u|ya|the\s+(?:marketing|mktg)\s+(?:team|folks|crew)|your\s+team)";

    [GeneratedRegex(@"\bneed\s+(?:it|this|that|them)\b|\bbudget\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NeedIt();

    [GeneratedRegex(@"^\s*(?:(?:i|we)\s+)?could\s+(?:really\s+)?use\s+(?=(?:a|an|the|some|new|more)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CouldUse();

    // A request's details: a due date ("by Wednesday", "due Dec 4") or what it costs ("no cost", "no budget needed").
    [GeneratedRegex(@"\b(?:by|due|before)\s+\w|\b(?:no|zero|without\s+(?:a|any))\s+(?:cost|budget|spend|money)\b|\bfree\s+of\s+charge\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Detail();

    // "Marco wants a LinkedIn ads push, five grand in euros": a thing is wanted (an article, then a word, not an amount
    // or a metric), and money is said with it: its cost. "Dana wants $1M of revenue" or "wants a 10% lift" is no thing.
    [GeneratedRegex(@"\b(?:wants|needs|asked\s+(?:us\s+)?for|asks\s+for|would\s+like|is\s+asking\s+for|requested|is\s+after|(?<=\w's\s)after)\s+(?:us\s+to\s+[a-z]+\s+)?(?:a|an|some|new|more|the)\s+(?=[a-z])(?!(?:revenue|pipeline|bookings|arr|mrr|mqls?|sqls?|leads|goal|target|quota|number|rate|percent)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WantsAThing();

    // Money said in any of the ways a cost is: a symbol, "2.5k", "five grand", a currency word or code.
    [GeneratedRegex(@"[$€£]\s?\d|\b\d[\d.,]*\s?k\b|\bgrand\b|\b(?:bucks|quid|dollars|euros|pounds|sterling|usd|eur|gbp)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MoneySaid();

    // "maybe $300 for design", "€2k on printing", "2.5k for a G2 reviews push": money for a piece of work, not a rate of revenue ("$1M for the quarter").
    [GeneratedRegex(@"(?:[$€£]\s?\d[\d.,]*\s?[km]?|\b\d[\d.,]*\s?[km]?\s?(?:dollars|euros|pounds|usd|eur|gbp|quid|bucks)|\b\d[\d.,]*\s?k)\s+(?:for|on|to\s+cover)\s+(?!(?:the\s+|this\s+|next\s+|a\s+|each\s+|every\s+)?(?:quarter|year|month|week|q[1-4]|revenue|pipeline|bookings|arr|mrr|mqls?|sqls?|leads|new\s+business)\b)(?:the\s+)?(?:design|printing|print|production|creative|copy|ads?|video|agency|freelancers?|swag|booth|venue|travel|tooling|a\s+\w+|an\s+\w+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MoneyForAThing();

    /// <summary>The effort said, in hours ("about ten hours of work", "a couple of days"): see <see cref="EffortWords"/>.</summary>
    public static decimal? Effort(string text) => EffortWords.Hours(text);

    /// <summary>"can u log this: …", "pls log: …", "could you record a request -": the message asks for a request to be logged.</summary>
    public static bool AsksToLog(string text) => LogAsked().IsMatch(Filler().Replace(text, string.Empty, 1));

    private const string Ask = Corrections.Interjections.Asking;

    /// <summary>"log", "log this", "pls log a request", "can u record that new ask", with "pls" after.</summary>
    private const string LogThis = Ask + @"(?:log|record)(?:\s+(?:this|that|it|one|a|the))?(?:\s+(?:properly|again|correctly|right|for\s+real|this\s+time))?(?:\s+new)?(?:\s+(?:request|ask))?(?:\s+for\s+me)?(?:\s+(?:pls|please|plz))?";

    private static string Clean(string who)
    {
        var w = who.Trim(' ', ',', ':', '-');
        return w.Length == 0 ? w : char.ToUpper(w[0], CultureInfo.InvariantCulture) + w[1..];
    }

    [GeneratedRegex(@"^\s*(?:" + Ask + @"put\s+in\s+(?:a|an|this)\s+(?:new\s+)?(?:request|ask)(?:\s+with\s+(?:marketing|mktg|you))?(?:\s+for\s+me)?\s*[:\-–]\s*|" + Ask + @"(?:log|track|record|add)(?:\s+(?:this|that|it|a|the))?(?:\s+new)?(?:\s+marketing)?(?:\s+(?:request|ask))?(?:\s+from)?(?:\s+(?:pls|please|plz))?(?:\s*[:\-–]\s*|\s*[?.!]+\s*$|\s+|$)|(?:new|another)(?: marketing)? (?:request|ask)\s*[:\-–]?\s*|(?:marketing )?request\s*[:\-–]\s*|put this on the request list\s*:\s*|add to requests\s*:\s*|log\s*[:\-–]\s*|please log\s*:\s*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"\b(?:request|ask)\s+from\s+(?<who>(?:the\s+)?[\w.'-]+(?:\s+[A-Z][\w.'-]+)?)\s*(?:[:,\-–]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex From();

    [GeneratedRegex(@"^\s*(?:" + LogThis + @"\s*[:\-–,]?\s*)?(?:(?:someone|somebody|a\s+guy|a\s+rep|one\s+of\s+the\s+\w+)\s+(?:from|in|on)\s+)?(?<who>(?:the |our )?[\w.'-]+(?:\s+[A-Z][\w.'-]+)?)(?:\s*\([^)]{1,40}\)|\s*[,(]?\s*(?:from|in|on|at|of)\s+(?:the\s+)?(?:sales|marketing|leadership|finance|product|ops|operations|cs|customer success|support|hr|exec|[A-Z][\w&'-]*)(?:\s+team)?\s*[,)]?)?(?:\s+(?:wants|asked(?: me| us)?(?: for)?|asks(?: for)?|needs|would like|is asking(?: for)?|requested|keeps asking for|is after)|'s\s+(?:asking(?:\s+for)?|after))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Wants();

    [GeneratedRegex(@"^\s*(?:" + Corrections.Interjections.One + @"[,.!:…]*\s+)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CorrectionLead();

    // "Sam asked for it, not Dana", "Dana wanted it actually": the pronoun closes the message; "Marco wants it by Friday" says when.
    [GeneratedRegex(@"^\s*(?:(?:it|this|that|them|this\s+one|that\s+one|the\s+request)\b\s*(?:$|[,;.!…-]|not\b|(?:actually|really|originally|though|tho|too)\b)|[,;.!]|not\b|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AboutTheSameAsk();

    [GeneratedRegex(@"^\s*it\s+was\s+(?:(?:actually|really)\s+)?(?<who>[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+)?)\s+(?:who|that)\s+(?:asked|wanted|requested|needs|needed)", RegexOptions.CultureInvariant)]
    private static partial Regex ItWas();

    [GeneratedRegex(@"\b(?:due|by|before|until|till|no later than)\s*(?:on\s+|the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DueCue();

    [GeneratedRegex(@"^\s*(?:due|by|before|until|till|no later than)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingDueCue();

    [GeneratedRegex(@"[,;]?\s*(?:\b(?:i|we)\s+(?:asked for|requested|want(?:ed)?)\s+(?:it|this|that)\s+(?:myself|ourselves)|\b(?:it's|it is|this is)\s+(?:my|our)\s+own\s+(?:request|idea|ask)|\bmy\s+own\s+(?:request|idea|ask)|(?:" + OwnAskWords + @")|(?:[-–]\s*)?\b(?:it'?s|it\s+is|this\s+is|that'?s)\s+for\s+(?:me|myself)(?:\s+personally)?|(?:[-–]\s*)?\basking\s+for\s+(?:me|myself)|(?:[-–]\s*)?\bfor\s+myself)\b[.!]?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SelfRequested();

    [GeneratedRegex(@"^\s*(?:(?:so|ok|okay|hey|hi|fyi|just fyi|quick one|right|well|anyway|anyways|btw|also|and|before i forget)\b[,:!]?\s+)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Filler();

    [GeneratedRegex(@"\b(?!(?:I|He|She|They|We|It|You|So|And|But|Then|Just|Someone|Somebody|Everyone)\b)(?<who>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s+(?:(?:just|also|literally|finally|then)\s+)?(?:[a-z]+ed|caught|rang|rung|sent|wrote\s+to|came\s+to|came\s+by|stopped\s+by|dropped\s+by|ran\s+into|bumped\s+into|got\s+hold\s+of|reached\s+out\s+to)\s+(?:me|us)\b|\b(?!(?:I|He|She|They|We|It|You|So|And|But|Then|Just|Someone|Somebody|Everyone)\b)(?<who>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s+(?:mentioned|said|told\s+(?:me|us)|brought\s+up|raised|(?:swung|came|stopped|dropped|popped|swung)\s+(?:by|over|past|in))\b[^.!?]{0,80}?\b(?:he|she|they)\s+(?=(?:wants|needs|would\s+like|asked\s+for|is\s+asking\s+for)\b)|\b(?:message|email|e-mail|ping|dm|DM|note|call|text|slack)\s+from\s+(?<who>(?!(?:the|a|our)\b)[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)", RegexOptions.CultureInvariant)]
    private static partial Regex ToldMe();

    [GeneratedRegex(@"\b(?:wants|want|needs|need|asked\s+for|asks\s+for|would\s+like|is\s+asking\s+for|are\s+asking\s+for|requested)\s+(?<what>[^,;.!?]{3,})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InnerAsk();

    [GeneratedRegex(@"^\s*(?:" + Ask + @"(?:log|track|record|add)\s+(?:a\s+|this\s+|that\s+|the\s+)?(?:new\s+)?(?:request|ask)\s+for\s+me\b|(?:new\s+)?(?:request|ask)\s+for\s+me\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForMe();

    // "can u log this: I need a case study on Hooli by Dec 15", "I'd like a one-pager for my outreach": the speaker asks for it.
    [GeneratedRegex(@"^\s*(?:(?:[\w\s']{0,30}\b(?:log|track|record|add|note)\b[\w\s']{0,15})?[:\-–]\s*)?(?:i\s+(?:need|want|would\s+like|could\s+use|am\s+after)|i'd\s+like|i'm\s+after)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex INeed();

    [GeneratedRegex(@"^\s*(?:(?:i|we)\s+)?(?:really\s+|urgently\s+)?(?:need|want|would\s+like|'d\s+like)\s+(?=(?:a|an|the|some|new|our|more|a\s+couple|two|three|four|five|six|seven|eight|nine|ten|\d+)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnNeed();

    [GeneratedRegex(@"^\s*(?:for\s+)?me\b\s*[:\-–,]?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeLead();

    // A day of the month ("dec 16", "12/10"), a weekday or today/tomorrow; "the Q1 push" or "2027" says no day.
    [GeneratedRegex(@"(?<![q\d])\d{1,2}(?!\d)|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:today|tomorrow|tonight)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SaysADay();

    [GeneratedRegex(@"^(?:I|We|You|They|He|She|It|The|Our|Marketing|Sales|Leadership|Everyone|Someone|Somebody)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"(?:[$€£]\s?\d[\d.,]*\s?[km]?|\b\d[\d.,]*\s?[km]?\s?(?:dollars|euros|pounds|usd|eur|gbp|quid|bucks)|\b(?:thousand|hundred|grand)(?:\s+(?:dollars|euros|pounds|quid|bucks))?)\s+(?:worth\s+)?of\s+(?!(?:revenue|pipeline|bookings|arr|mrr|mqls?|sqls?|leads|new\s+business)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MoneyOfAThing();

    [GeneratedRegex(@"[\p{So}\p{Cs}\uFE0F\u200D]+", RegexOptions.CultureInvariant)]
    private static partial Regex Emoji();

    // A comma inside a sentence, where "…, Alex wants …" may tell who asked after the thing.
    [GeneratedRegex(@",\s+", RegexOptions.CultureInvariant)]
    private static partial Regex CommaBreak();

    // Where a new clause may start: after a sentence's end, a semicolon or colon, or a dash set off by spaces.
    [GeneratedRegex(@"(?:[.!?;:]+|\s[-–—]+)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"[.!?]+(?:\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    // "… for Dana, $1,200", "… for Priya." : one capitalised word after "for", then a comma, a full stop or the end.
    // A month or weekday is no one, said whole or short ("for March", "for Fri"); a name that starts like one is ("for Marco").
    [GeneratedRegex(@"\bfor\s+(?<who>(?!(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Mon(?:day)?|Tues?(?:day)?|Wed(?:nesday)?|Weds|Thu(?:rs?)?(?:day)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?|Q[1-4])\b)[A-Z][a-z][\w'-]*)\s*(?:[,;.!]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ForName();

    [GeneratedRegex(@"\s{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\s*" + LogThis + @"(?:\s*[:\-–,]\s*\S|\W*$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LogAsked();

    // "…, Marco asked", "…, Dana asked for it", "…, Sam wants it by the 10th" (after a break); "per Sam"; "a request from Alex for";
    // "requested by Sam";
    // "Dana's ask", "(Alex's request)"; "… for the webinar from Marco, due tmrw": "from" a name with a break after it.
    [GeneratedRegex(@"(?:[,;(]|\s[-–])\s*(?<who>[A-Z][\w-]+)\s+(?:asked|wants|wanted|needs|needed|requested)\b(?!\s+(?:a|an|the|some|us\s+to|me\s+(?:how|if|whether|what|when|why))\b)|\bper\s+(?<who>[A-Z][\w-]+)\b|\b(?:request|ask)\s+from\s+(?<who>[A-Z][\w-]+)\b|\b(?:requested|asked\s+for)\s+by\s+(?<who>[A-Z][\w-]+)\b|\b(?<who>[A-Z][\w-]+)'s\s+(?:ask|request|idea)\b|\bfrom\s+(?<who>[A-Z][\w-]+)(?=\s*(?:[,;.)!]|\s[-–]|$))", RegexOptions.CultureInvariant)]
    private static partial Regex SourceTag();

    // Who asked, as a tail of the title: "…, Marco asked", "… per Sam", "… (Alex's request)", "…, requested by Sam".
    [GeneratedRegex(@"(?:[,;(]|\s[-–]|\s(?=per\s)|\s(?=[A-Z][\w-]+\s+asked\s+about\s*\)?\s*$))\s*(?:per\s+(?!(?:month|week|year|quarter|day|hour|lead|mql|sql|unit|person|head|seat|piece|post|page|cent)\b)[A-Za-z][\w-]+|(?:requested|asked\s+for)\s+by\s+[A-Z][\w-]+|[A-Z][\w-]+'s\s+(?:ask|request|idea)|[A-Z][\w-]+\s+(?:asked|wanted|requested)(?:\s+(?:for|about)(?:\s+(?:it|this|that))?)?|(?<=[,;(]\s*)(?!(?:i|he|she|they|we|you|it|someone|sales|marketing|legal|finance)\s)[a-z][a-z-]+\s+asked)\)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SourceTail();

    // Words capitalised at a sentence's start or as a product, not a person: "Per Q1", "LinkedIn's request".
    [GeneratedRegex(@"^(?:Q[1-4]|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Mon(?:day)?|Tues?(?:day)?|Wed(?:nesday)?|Thu(?:rs)?(?:day)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?|This|That|It|Marketing|Sales|Leadership|Finance|Product)$", RegexOptions.CultureInvariant)]
    private static partial Regex NotAPerson();

    // "can you put in a request with marketing for me -", "pls log for me: …", "submit an ask for me".
    [GeneratedRegex(@"^\s*" + Ask + @"(?:put\s+in|log|record|track|add|submit|file|raise|open)\b[^.!?:\-–]{0,40}?\bfor\s+me\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PutInForMe();

    [GeneratedRegex(@"^\s*(?:i|we)\s+(?:was|were|got|have been)\s+asked\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SelfAsked();

    // The tails a request's details come in: when ("by tmrw", "due 12/10"), how much ("about $5k", "roughly three grand"), that
    // it costs nothing ("no cost", "no budget needed", "zero budget"), an amount in words with its currency ("a couple hundred
    // bucks", "two hundred and fifty quid"), the effort, "log it".
    [GeneratedRegex(@"(?:,|\s-|\s–)?\s*(?:\b(?:(?:budget|cost)\s+(?:is\s+)?)?(?:(?:about|roughly|around|approx\w*|maybe|like)\s+)?(?:\d+(?:\.\d+)?|a\s+couple(?:\s+of)?|a\s+few|a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty)\s+grand\b[^,]*|\b(?:no|zero|nil|without\s+(?:a|any))\s+(?:cost|costs|budget|spend|money|charge)(?:\s+(?:needed|required|involved|attached|necessary))?\b[^,]*|\b(?:free\s+of\s+charge|costs?\s+nothing|won'?t\s+cost\s+anything|doesn'?t\s+cost\s+anything)\b[^,]*|\b(?:due|by|needs? (?:it|them)|need (?:it|them)|before|in(?=\s+(?:\d|a\b|an\b|one\b|two\b|three\b|four\b|five\b|six\b|the\s+next\b|q[1-4]\b|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))\b[^,]*|\b(?:about|roughly|around|approx\w*|circa|costs?|costing|budget(?:\s+of)?|worth|at)\s+(?:of\s+)?(?:[$€£]\s?)?\d[\d.,]*[^,]*|\b(?:costs?|costing|budget|worth)\b[^,]*[$€£\d][^,]*|[$€£]\s?[\d.,]+\s?[kmb]?|\b\d[\d.,]*\s?[km]?\s+(?:bucks|quid|dollars|euros|pounds|usd|eur|gbp)\b|\b(?:(?:a\s+)?couple(?:\s+of)?|" + SmallNumberWords.Pattern + @")(?:[\s-]+(?:hundred|thousand|and|" + SmallNumberWords.Pattern + @"))*\s+(?:bucks|quid|dollars|euros|pounds(?:\s+sterling)?)\b|\b\d+(?:\.\d+)?\s*k\b|\b(?:probably\s+)?\d+(?:\.\d+)?\s*(?:h|hrs?|hours?|days?)(?: of work)?|,?\s*(?:log it|please log|can you track it|track it)[^,]*|\b(?:(?:it'?s|it\s+is|this\s+is|that'?s)\s+)?for\s+(?:the|our)\s+[\w\s-]{1,30}?\s+goal\b[^,]*|(?<=(?:,|\s-|\s–)\s*)(?:(?:it'?s|it\s+is|this\s+is|that'?s)\s+)?for\s+(?:the\s+|our\s+)?" + GoalMetricWords + @"(?:\s+(?:goal|target|number))?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tail();

    // "…, none", "…, none of our goals", "… - no particular goal", "…, it's not for any goal", "…, unaligned": set off by a comma,
    // semicolon or dash, and last.
    [GeneratedRegex(@"(?:[,;]|\s[-–—])\s*(?:(?:and\s+)?(?:it'?s|its|it\s+is|this\s+is|that'?s)\s+)?(?:(?:for\s+)?none(?:\s+(?:of\s+(?:our|the|them|those|my)(?:\s+goals?)?|really|tbh|goal-?wise))?|no\s+(?:particular\s+|specific\s+|real\s+)?goal|(?:zero|no)\s+goals|nobody'?s\s+goal|not\s+(?:for|tied\s+to|linked\s+to)\s+(?:a|any)\s+(?:of\s+our\s+)?goals?|unaligned)(?:\s+(?:lol|haha|tbh|honestly|obviously|lmao))?\s*[.!]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoGoalTail();

    // "Marco wants printed datasheets, 800, due Dec 3": a bare amount set off by a comma at the end is the cost, which the
    // cost reader has taken; it is not part of the title.
    [GeneratedRegex(@",\s*\d[\d,]*(?:\.\d+)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BareAmountTail();

    // Not the year after a day ("due Dec 3, 2026").
    [GeneratedRegex(@"(?<!\d\s*),\s*(?<n>\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?:,|$)", RegexOptions.CultureInvariant)]
    private static partial Regex BareAmountDetail();

    [GeneratedRegex(@"(?<!\d\s*),\s*(?:(?:about|around|roughly|approx\w*|maybe|like|~)\s*)?(?<n>\d{1,3}(?:\.\d+)?)\s*k\b\s*(?:,|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareThousands();

    [GeneratedRegex(@"\s+from\s+(?<who>[A-Z][\w-]+)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FromTail();
}
