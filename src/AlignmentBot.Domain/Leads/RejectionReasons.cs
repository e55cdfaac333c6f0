using System.Text.RegularExpressions;

namespace AlignmentBot.Domain.Leads;

/// <summary>Turns "they have no money this year" into <see cref="RejectionReason.NoBudget"/>, so disputes can be counted.</summary>
public static partial class RejectionReasons
{
    // Order matters: "not in market" must win over "market" words, "wrong contact" over "wrong fit".
    private static readonly (RejectionReason Reason, string[] Phrases)[] Rules =
    [
        (RejectionReason.Duplicate, ["duplicate", "dupe", "dup ", "already in crm", "already in salesforce", "already in hubspot", "already working", "already a customer", "existing customer", "existing account", "same lead", "twice",
            // Sales already has them: "already in our pipeline", "already in the pipe as an open opp", "already talking to them".
            "already in our pipe", "already in the pipe", "already in pipe", "already in talks", "already talking", "already speaking", "already engaged",
            "already an opp", "already have an opp", "open opp", "existing opp", "open deal", "existing deal"]),
        // Who the contact is (or was), said outright ("the contact is a phd student", "contact was a grad student", "the person
        // is a teaching assistant"): the sentence is about the person, so it is the wrong contact, though "student" alone hints
        // at someone just researching.
        (RejectionReason.WrongContact, ["the contact is", "the contact's", "contact is a", "contact is an", "contact is just", "contact's a", "contact's an",
            "contact was a ", "contact was an ", "the person is", "the person's a", "the person who", "the guy is", "the lady is", "whoever filled", "who filled in", "who filled out", "who signed up is"]),
        (RejectionReason.NotInMarket, ["not in market", "not in-market", "not in the market", "out of market", "not ready", "no need", "no project", "no active project",
            "tyre kick", "tire kick", "tyre-kick", "tire-kick", "tirekick", "tyrekick", "kicking tyres", "kicking tires", "kicking the tyres", "kicking the tires",
            "time waster", "time-waster", "timewaster", "wasting our time", "waste of time", "browsing", "window shopping", "window-shopping", "just looking", "only looking", "just curious", "timing", "next year", "not now", "later", "just researching", "researching", "student", "not interested", "no interest", "no intent", "not buying", "not looking", "no longer interested", "lost interest", "nurture"]),
        (RejectionReason.NoBudget, ["budget", "no money", "can't afford", "cannot afford", "cant afford", "too expensive", "price", "pricing", "funding", "cost",
            // The money said in other words: "their spend is frozen until Q3, CFO said no to everything", "all spending is on hold"
            // (not "frozen" alone: "they make frozen pizza" is what they sell).
            "money", "cash", "funds", "spend", "cfo", "finance said no", "cutbacks", "cost cutting", "cost-cutting", "broke", "skint"]),
        (RejectionReason.WrongContact, ["wrong contact", "wrong person", "contact", "not the decision", "not a decision", "no authority", "decision maker", "decision-maker", " intern ", " interns ", "left the company", "no longer", "bounced", "bad email", "invalid email", "fake", "wrong number", "gatekeeper", "wrong title", "junior", "unreachable", "no response", "never responded"]),
        (RejectionReason.WrongFit, ["wrong fit", "bad fit", "poor fit", "not a fit", "no fit", "fit", "too small", "too big", "too large", "industry", "icp", "wrong segment", "wrong size", "wrong region", "wrong country", "competitor", "partner", "vendor", "consultant", "not our market", "wrong market", "unqualified",
            // Said in the person's own words: what the company is or does has nothing to do with what we sell ("they make frozen
            // pizza lol, nothing to do with what we sell", "not relevant to us", "way outside who we sell to").
            "nothing to do with", "not relevant", "irrelevant", "what we sell", "who we sell to", "what we do", "what we offer", "not our customer",
            "not our target", "outside our target", "not our kind", "not our type", "not a match", "no use for", "would never buy", "wouldn't buy",
            "one person shop", "two person shop", "one-person", "two-person", "one man band", "mom and pop", "mom-and-pop",
            // A market we do not sell into: "nothing we'd ever sell into", "we don't sell to them", "telecom isn't our market".
            "sell into", "sell to them", "isn't our market", "aren't our market", "not a market we"]),
    ];

    /// <summary>Each reason by its own name, as the buttons say it, and its closest wordings.</summary>
    private static readonly (RejectionReason Reason, string[] Phrases)[] Named =
    [
        // No money said outright is the reason named, whatever else describes them ("just kicking tyres, no money, pass").
        (RejectionReason.NoBudget, [" no budget", "no-budget", "zero budget", "no money", "zero money", "no cash", "zero cash", "no funds", "no funding",
            "budget frozen", "budget's frozen", "budget is frozen", "frozen budget", "budget freeze", "spending freeze", "spend freeze", "spend is frozen", "spending is frozen"]),
        (RejectionReason.WrongFit, ["wrong fit", "wrong-fit", "bad fit", "poor fit", "not a fit"]),
        (RejectionReason.WrongContact, ["wrong contact", "wrong-contact", "wrong person"]),
        (RejectionReason.Duplicate, ["duplicate", " dupe "]),
        (RejectionReason.NotInMarket, ["not in market", "not in-market", "not in the market", "out of market"]),
    ];

    public static RejectionReason Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return RejectionReason.Other;
        }

        // "what counts as a duplicate?", "is it already in the CRM?": asked about a reason, not one given.
        if (AsksWhatAReasonIs().IsMatch(text))
        {
            return RejectionReason.Other;
        }

        // Punctuation becomes a space so a whole-word phrase (" intern ") matches "an intern, ..." but not "international".
        var t = " " + new string(text.Trim().ToLowerInvariant().Select(Simplify).ToArray()) + " ";

        // Only a bare reason name ("no_budget", "WrongFit"): Enum.TryParse also accepts numbers ("3", "42")
        // and comma lists, whose values it ORs together ("wrong fit, wrong contact" = 1 | 2 = Duplicate).
        var compact = t.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (compact.All(char.IsLetter) && Enum.TryParse<RejectionReason>(compact, ignoreCase: true, out var exact))
        {
            return exact;
        }

        // A reason named outright wins over a clue for another one: in "a student, wrong contact" or "asked about pricing,
        // wrong fit" the person says which reason it is; "student" and "pricing" only hint. Only when exactly one is named.
        var named = Named.Where(n => n.Phrases.Any(p => t.Contains(p, StringComparison.Ordinal))).Select(n => n.Reason).Distinct().ToArray();
        if (named.Length == 1)
        {
            return named[0];
        }

        // What the story says about the buyer, before single words hint at a reason: "they just signed a 3-year deal with a
        // competitor and won't be buying for years" is a company not buying now, though "competitor" alone reads as wrong fit;
        // "competitor fishing for our pricing page" is the competitor itself, though "pricing" alone reads as money.
        // Who the person behind the lead is, said as a story ("the guy's a grad student doing a class project", "he's a
        // receptionist, no say in buying anything", "it's a college kid doing homework"): not a buyer, so the wrong contact,
        // though "student" alone hints at someone just researching.
        if (IsNotABuyer(t))
        {
            return RejectionReason.WrongContact;
        }

        // "nope on 1237, student", "student contact, reject", "a student on the form": a student is no buyer, so the wrong
        // contact, as the named person's story above; "student doing research" stays someone just researching.
        if (StudentContact().IsMatch(t))
        {
            return RejectionReason.WrongContact;
        }

        if (IsCompetitorItself(t))
        {
            return RejectionReason.WrongFit;
        }

        if (IsNotBuyingNow(t))
        {
            return RejectionReason.NotInMarket;
        }

        // "already in the CRM", "alredy in our pipline", "already got them in salesforce": sales has them already.
        if (AlreadyHeld().IsMatch(t))
        {
            return RejectionReason.Duplicate;
        }

        // "they're a school, nothing we sell to", "outside our regions": not who we sell to, in the person's words.
        if (OutsideWhoWeSellTo().IsMatch(t))
        {
            return RejectionReason.WrongFit;
        }

        foreach (var (reason, phrases) in Rules)
        {
            if (phrases.Any(p => t.Contains(p, StringComparison.Ordinal)))
            {
                return reason;
            }
        }

        // What they need is something we do not sell ("they need an on-prem version and we're cloud only", "they want an SAP
        // integration we don't have", "product gap"): what we offer does not fit them, so a wrong fit. After the clues above,
        // so "they need it cheaper" stays money and "they don't need it yet" stays not in market.
        if (ProductGap().IsMatch(t))
        {
            return RejectionReason.WrongFit;
        }

        // What the company is or does, and nothing else said ("they're a bakery lol", "they run a food truck"): a business that
        // is not who we sell to, so a wrong fit ("they're a great fit", "they're a bit slow" are no reason).
        if (CompanyIsWhat().IsMatch(t))
        {
            return RejectionReason.WrongFit;
        }

        // A typo in the one word that names the reason ("no budjet", "duplcate").
        foreach (var word in t.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var (keyword, reason) in Keywords)
            {
                if (word.Length >= 5 && Math.Abs(word.Length - keyword.Length) <= 1 && EditDistanceAtMostOne(word, keyword))
                {
                    return reason;
                }
            }
        }

        return RejectionReason.Other;
    }

    /// <summary>
    /// The reason when it is told outright or as a story, never from one word that only hints: "the guy's a receptionist, no
    /// say in buying", "their spend is frozen", "way outside who we sell to", "they need on-prem and we're cloud only", "student"
    /// are; "they have budget now" ("budget"), "spoke to the contact today" ("contact") and "they're a great fit" are not.
    /// What a message that names a lead and says only this means: the lead is rejected for it (table lead-reason-told).
    /// </summary>
    public static RejectionReason? Told(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || AsksWhatAReasonIs().IsMatch(text) || Normalize(text) is var reason && reason == RejectionReason.Other)
        {
            return null;
        }

        var t = " " + new string(text.Trim().ToLowerInvariant().Select(Simplify).ToArray()) + " ";
        var strong = Named.Any(n => n.Phrases.Any(p => t.Contains(p, StringComparison.Ordinal)))
                     || IsNotABuyer(t) || StudentContact().IsMatch(t) || IsCompetitorItself(t) || IsNotBuyingNow(t) || AlreadyHeld().IsMatch(t)
                     || OutsideWhoWeSellTo().IsMatch(t) || ProductGap().IsMatch(t) || CompanyIsWhat().IsMatch(t)
                     // A phrase of two words or more ("who we sell to", "one person shop", "already in hubspot"), not a single hint.
                     || Rules.Any(r => r.Phrases.Any(p => p.Trim().Contains(' ', StringComparison.Ordinal) && t.Contains(p, StringComparison.Ordinal)));
        return strong ? reason : null;
    }

    // A student as the person behind the lead: "student", "students", "student contact" (not "student doing research", nor
    // "student project, not a buyer", which leads-108 reads as not in market).
    [GeneratedRegex(@"\bstudents?\b(?!\s+(?:doing\s+|just\s+)?research|\s+project)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StudentContact();

    /// <summary>
    /// Not buying now, said as what happened rather than named: a commitment (signed, renewed, went with, locked into, bought,
    /// went live with, lost them to) to another party (a competitor, a rival, another vendor, someone else, elsewhere), or a
    /// refusal to buy for a time ("won't be buying", "no plans to buy", "call back in 6 months", "no active need"). Small cues
    /// composed, so "inked a deal with a rival" reads like "signed with a competitor" without one phrase per wording.
    /// </summary>
    internal static bool IsNotBuyingNow(string text)
        => (Committed().IsMatch(text) && OtherParty().IsMatch(text) && !Negated().IsMatch(text)) || NotBuyingForAWhile().IsMatch(text);

    /// <summary>
    /// The person behind the lead is no buyer: a person ("the guy", "she", "the contact", "whoever signed up", "it's his") said to
    /// be a student, an intern, an assistant, a receptionist, a freelancer, a researcher, retired, or doing school work ("a class
    /// project", "homework", "a thesis"); or without a say in buying ("no buying power", "can't sign anything"). School work with
    /// no person said ("downloaded the ebook for a school assignment") stays a hint of not buying.
    /// </summary>
    internal static bool IsNotABuyer(string text)
        => (PersonIs().IsMatch(text) && (NonBuyerRole().IsMatch(text) || SchoolWork().IsMatch(text))) || NoSayInBuying().IsMatch(text);

    // A person said to be something: "the guy's a", "she is just an", "contact's a", "whoever signed up is a", "it's his".
    [GeneratedRegex(@"\b(?:(?:the\s+|that\s+|this\s+|some\s+)?(?:guy|gal|girl|lady|woman|man|dude|person|contact|lead|kid|fella|fellow|chap)(?:'s|\s+is|\s+was|s\s+(?=a\b|an\b|just\b))|(?:he|she)(?:'s|\s+is|\s+was|s)|whoever\s+[\w\s]{0,30}?\s+(?:is|was)|who\s+(?:signed\s+up|filled\s+(?:it|in|out)|registered)[\w\s]{0,20}?\s+(?:is|was)|it(?:'s|\s+is|\s+was|s)\s+(?:a|an|his|her|their|some|just)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PersonIs();

    // Who is no buyer: students and academics, interns, assistants and front desks, freelancers, the retired.
    [GeneratedRegex(@"\b(?:students?|undergrads?|undergraduates?|grad\s+students?|phd|postgrad\w*|interns?|receptionists?|secretar(?:y|ies)|assistants?|ea|pa|freelancers?|researchers?|academics?|professors?|lecturers?|teachers?|college\s+kids?|kids?|teen(?:ager)?s?|retired|retirees?|hobbyists?|junior\s+\w+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NonBuyerRole();

    // School work: "doing a class project", "for his thesis", "homework", "a school assignment", "research for a paper".
    [GeneratedRegex(@"\b(?:class|school|college|uni|university|course)\s+(?:project|assignment|work|paper)|\bhomework\b|\b(?:thesis|dissertation|coursework)\b|\bresearch\s+for\s+(?:a|an|his|her|their)\s+(?:paper|essay|class|course)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SchoolWork();

    // No say in buying: "no buying power", "no say in buying", "can't sign anything", "no authority".
    [GeneratedRegex(@"\bno\s+(?:buying|purchasing|signing|spending)\s+(?:power|authority)\b|\bno\s+say\s+in\b|\bcan'?t\s+sign\s+(?:anything|off|a\s+thing|contracts?)\b|\b(?:moved\s+on|gone)\s+from\s+(?:the|that)\s+company\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoSayInBuying();

    // What the company is or does, nothing more: "they're a bakery", "they run a food truck", "they do ready meals" ("they're a
    // great fit", "they're a bit slow", "they do have budget" say no such thing; "it's a …" is too often about anything else).
    [GeneratedRegex(@"(?:^|[\s,;:.!-])(?:they(?:'re|\s+are|re))\s+(?:just\s+|only\s+|literally\s+|basically\s+)?(?:a|an)\s+(?!(?:bit|little|lot|while|week|month|year|day|few|couple|number|pain|mess|tough|hard|slow|quick|fast|new|old|good|great|solid|legit|fine|real|perfect|promising|hot|strong|qualified|serious|decent|nice|proper|genuine|warm|top|huge|big|no|yes|go|must|sure|easy|clear|definite|maybe|lead|one|match|fit|customer|buyer|prospect|dupe|duplicate|competitor|partner|vendor)\b)[a-z]|(?:^|[\s,;:.!-])they\s+(?:just\s+|basically\s+|only\s+|literally\s+|actually\s+)?(?:make|sell|run|do|build|produce|manufacture|bake|cook|grow|own|operate)\s+(?!(?:have|has|not|n't|want|need|like|seem|look|sound|pay|buy|use|get|reply|respond|answer|know|care|work|exist|it|that|this|sense|money|a\s+lot|well|good|great|fine|so|too|both|all)\b)[a-z]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompanyIsWhat();

    /// <summary>The company is the competitor ("they are a competitor", "competitor fishing for our pricing") and nothing says it bought elsewhere.</summary>
    internal static bool IsCompetitorItself(string text) => CompetitorItself().IsMatch(text) && !Committed().IsMatch(text);

    // A commitment made: signing, renewing, choosing, buying, being under contract or live with something.
    [GeneratedRegex(@"\b(?:sign(?:ed|ing)?|ink(?:ed)?|renew(?:ed|ing)?|(?:went|gone|going)\s+(?:with|for)|chose|chosen|picked|bought|purchased|committed|locked|stuck|under\s+contract|contract(?:ed)?|deal|agreement|went\s+live|live\s+with|implement(?:ed|ing|ation)|roll(?:ed)?\s*out|rollout|lost\s+(?:them|it|the\s+deal)\s+to|happy\s+with)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Committed();

    // Someone other than us: a competitor, a rival, another or a different vendor, their current one, elsewhere.
    [GeneratedRegex(@"\b(?:competitors?'?s?|competition|rivals?|another|someone\s+else|somebody\s+else|elsewhere|something\s+else|(?:other|different|current|existing)\s+(?:vendors?|providers?|suppliers?|tools?|solutions?|platforms?|products?|systems?|one))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherParty();

    // "didn't sign with anyone", "not happy with their current provider": the commitment denied.
    [GeneratedRegex(@"\b(?:not|n't|never|didn't|haven't|hasn't|isn't|aren't|unhappy)\s+(?:\w+\s+)?(?:sign|signed|renew|renewed|happy|committed|locked|bought|chose|picked)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negated();

    // Not buying for a time: "won't be buying for years", "no plans to buy", "call back in 6 months", "no active need".
    [GeneratedRegex(@"\b(?:(?:won't|wont|will\s+not|not\s+going\s+to|no\s+plans?\s+to|not\s+planning\s+to)\s+(?:be\s+)?(?:buy|buying|purchas\w*|switch\w*|chang\w*|revisit\w*|look(?:ing)?\s+at\s+anything)|(?:call|reach\s+out|come|circle|check\s+in)\s+(?:back|again)|(?:no|zero|not\s+an?)\s+(?:active\s+|real\s+|current\s+)?(?:need|project|plans?|buying(?:\s+(?:intent|cycle|process|window))?)|until\s+(?:the|their)\s+contract)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotBuyingForAWhile();

    // Already held by sales: "already" (or a slip of it), a few words, then where sales keeps them (the CRM, the pipeline, an
    // opp, an account) or "got/have them".
    [GeneratedRegex(@"\b(?:already|alredy|allready|alrdy|already)\s+(?:(?:\w+\s+){0,3}(?:crm|salesforce|hubspot|pipeline|pipline|pipe|system|books|opps?|opportunity|account)|(?:got|have|has)\s+(?:them|this|it|that|him|her))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AlreadyHeld();

    // Not who we sell to: "nothing we sell to", "we don't sell to schools", "outside our regions/market/ICP".
    [GeneratedRegex(@"\b(?:nothing|no\s*one|nobody)\s+we(?:'d|'ll|\s+would|\s+could|\s+will)?\s+(?:ever\s+)?(?:sell|market)\b|\bnothing\s+(?:in\s+it\s+)?for\s+us\b|\b(?:zero|no)\s+overlap\b|\bnot\s+our\s+(?:world|space|thing|crowd|audience|buyer)\b|\bwe\s+(?:don't|dont|do\s+not|never)\s+sell\s+to\b|\boutside\s+(?:of\s+)?our\s+(?:\w+\s+)?(?:regions?|markets?|icp|territor\w*|countries|segment\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OutsideWhoWeSellTo();

    // A need we cannot meet: "they need X and we're cloud only", "they want an integration we don't have / don't offer",
    // "product gap", "missing feature", "we don't support sso".
    [GeneratedRegex(@"\b(?:needs?|needed|wants?|wanted|requires?|required|asking\s+for|asked\s+for|looking\s+for)\b[\w\s'-]{0,60}?\b(?:we\s+(?:don'?t|do\s+not|can'?t|cannot|won'?t|never)\s+(?:have|offer|do|support|sell|provide|build|make)\b|we(?:'?ve|\s+have)\s+(?:got\s+)?no\b|we(?:'?re|\s+are|\s+re)\s+[\w-]+[\s-]only\b)|\b(?:product|feature|functionality)\s+gap\b|\bmissing\s+(?:a\s+|the\s+)?(?:feature|integration|module|capability)\b|\bwe(?:'?re|\s+are|\s+re)\s+(?:cloud|saas|on-?prem\w*|us|uk|eu|english)[\s-]only\b|\b(?:needs?|needed|wants?|wanted|requires?|required)\b[\w\s'-]{0,60}?\bwe\s+only\s+(?:do|sell|offer|support|have|build|provide)\b|\bwe\s+(?:don'?t|do\s+not)\s+(?:support|integrate\s+with|do\s+on-?prem)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProductGap();

    // Asked about a reason, not one given: "what counts as a duplicate?", "is it already in the CRM?". "wrong contact maybe?"
    // gives one, unsure.
    [GeneratedRegex(@"^\W*(?:what|which|how|who|who's|whos|is|are|do|does|did|has|have)(?!\w)[^?]*\?\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksWhatAReasonIs();

    // The company is a competitor: "they are a competitor", "it's literally a competitor", "competitor fishing for pricing".
    [GeneratedRegex(@"(?:^\s*competitors?\b|\b(?:they\s+are|they're|theyre|it's|its|it\s+is|is|just)\s+(?:literally\s+|just\s+|actually\s+)?(?:a|an|one\s+of\s+our|our)\s+(?:direct\s+)?competitors?\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompetitorItself();

    private static readonly (string Keyword, RejectionReason Reason)[] Keywords =
    [
        ("budget", RejectionReason.NoBudget), ("duplicate", RejectionReason.Duplicate), ("contact", RejectionReason.WrongContact),
        ("researching", RejectionReason.NotInMarket), ("interested", RejectionReason.NotInMarket), ("competitor", RejectionReason.WrongFit),
    ];

    private static bool EditDistanceAtMostOne(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                i++;
                j++;
                continue;
            }

            // Two letters swapped ("contcat", "budegt") is one slip of the fingers, not two.
            if (edits == 0 && a.Length == b.Length && i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i])
            {
                edits++;
                i += 2;
                j += 2;
                continue;
            }

            if (++edits > 1)
            {
                return false;
            }

            if (a.Length > b.Length)
            {
                i++;
            }
            else if (a.Length < b.Length)
            {
                j++;
            }
            else
            {
                i++;
                j++;
            }
        }

        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }

    private static char Simplify(char c) => c switch
    {
        '_' or ',' or '.' or ';' or ':' or '!' or '?' or '(' or ')' => ' ',
        '’' => '\'',
        _ => c,
    };

    public static string Label(RejectionReason reason) => reason switch
    {
        RejectionReason.NoBudget => "no budget",
        RejectionReason.WrongFit => "wrong fit",
        RejectionReason.WrongContact => "wrong contact",
        RejectionReason.Duplicate => "duplicate",
        RejectionReason.NotInMarket => "not in market",
        RejectionReason.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
