using System.Text.RegularExpressions;
using AlignmentBot.Application.Questions;

namespace AlignmentBot.Application.Dialogs.Sla;

/// <summary>
/// "remind me what we agreed with sales on leads?", "what's the SLA again?", "what did Sam and Marco sign off on for
/// leads?": asking what the lead agreement says, which the metric model hears as a look-up of leads or MQLs. Read from
/// small cues, not whole phrasings: asked (a question, or "remind me what", "refresh my memory", "show me"), and the
/// agreement named (SLA, agreement, deal, terms…) or what was agreed, signed or committed with sales or about leads. Not a
/// proposal, a counter or a change, not whether it is being kept ("is sales following up within 24 hours?"), and not a
/// person asked after ("who agreed to the CPL goal?"). Docs: docs/scenarios.md, "Paraphrase tables" (kind sla-lookup).
/// </summary>
public static partial class SlaLookup
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>The kind of <see cref="AlignmentBot.Conversations.Dialogs.RecentAction"/> left after a question about the agreement, so a follow-up asks about it.</summary>
    public const string Talk = "sla_talk";

    /// <summary>Set on a turn that proposed, countered or signed the agreement, so "how many mqls are we supposed to get each month now?" next asks its terms.</summary>
    public sealed record Told;

    /// <summary>Remembered after a question about the agreement answered.</summary>
    public static AlignmentBot.Conversations.Dialogs.RecentAction Talked() => new(Talk, string.Empty);

    /// <summary>
    /// Right after the agreement was asked about, a term of it asked in a few words: "and how many mqls a month was it",
    /// "how many a month are they on the hook for?", "and the hours?": a question about a count or the hours owed, agreed
    /// or promised, not what came in this month ("how many did we get so far?").
    /// </summary>
    public static bool AsksTermAfter(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return false;
        }

        var t = text.Trim().Replace('’', '\'');
        // Typed as fast as it is asked, "and how many mqls a month was it" has no question mark: opening with the question word asks.
        // "and how many MQLs a month?": a count a period, asked as the next thing about it, is its term too.
        return (QuestionAnswers.IsQuestion(t) || OpensAsking().IsMatch(t)) && TermAsked().IsMatch(t) && (Owed().IsMatch(t) || AndPerPeriod().IsMatch(t)) && !SoFar().IsMatch(t) && !Change().IsMatch(t) && !SlaParsing.IsProposal(t);
    }

    [GeneratedRegex(@"^\W*and\s+how\s+(?:many|much)\b(?:\s+\w+){0,2}?\s+(?:a|per|each)\s+(?:month|week|quarter)\W*$", Options)]
    private static partial Regex AndPerPeriod();

    [GeneratedRegex(@"^\W*(?:(?:and|so|ok|okay|oh|also|btw|wait|hmm+)\W+)*(?:how|what)\b", Options)]
    private static partial Regex OpensAsking();

    [GeneratedRegex(@"\b(?:how\s+many|how\s+much|what\s+(?:volume|number|count)|how\s+(?:fast|quick(?:ly)?|soon|long))\b", Options)]
    private static partial Regex TermAsked();

    [GeneratedRegex(@"\b(?:was\s+(?:it|that)|were\s+(?:they|we)|on\s+the\s+hook|owe[sd]?|promised?|supposed\s+to|meant\s+to|committed|agreed|in\s+(?:it|the\s+(?:deal|sla|agreement))|under\s+it|do\s+(?:they|we)\s+(?:have\s+to|need\s+to))\b", Options)]
    private static partial Regex Owed();

    [GeneratedRegex(@"\b(?:so\s+far|this\s+(?:month|week|quarter)|last\s+(?:month|week)|did\s+we\s+(?:get|have)|came\s+in|delivered)\b", Options)]
    private static partial Regex SoFar();

    /// <summary>
    /// While a new agreement is being drafted, the one in force asked for without naming it: "hang on, pull up what we have
    /// right now", "show me the current one first", "what's in force at the moment?". No figure (a figure is the draft's).
    /// </summary>
    public static bool AsksCurrentWhileDrafting(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return false;
        }

        var t = text.Trim().Replace('’', '\'');
        return (QuestionAnswers.IsQuestion(t) || Recall().IsMatch(t) || LookAt().IsMatch(t) || AfterFiller().IsMatch(t))
               && CurrentOne().IsMatch(t) && !t.Any(char.IsDigit) && !Change().IsMatch(t);
    }

    [GeneratedRegex(@"\b(?:pull\s+up|bring\s+up|show|let\s+me\s+see|lemme\s+see|look\s+at|check)\b", Options)]
    private static partial Regex LookAt();

    // The agreement in force, unnamed: "what we have (right) now", "where we stand", "the current one", "what's in force", "the old one".
    [GeneratedRegex(@"\bwhat\s+(?:we(?:'ve|\s+have)?\s+(?:got\s+)?|is\s+|'s\s+)?(?:have|got|there|in\s+(?:force|place)|live|signed)\b(?:\s+\w+){0,2}?\s*(?:now|today|currently|at\s+the\s+moment|right\s+now|in\s+(?:force|place))?|\bwhere\s+we\s+(?:stand|are)\b|\bthe\s+(?:current|existing|old|live|signed|active)\s+(?:one|version|terms|deal|numbers)\b|\bwhat(?:'s|\s+is)\s+(?:in\s+(?:force|place)|live|current)\b", Options)]
    private static partial Regex CurrentOne();

    /// <summary>Which part of the lead agreement a question asks about; each is answered with that part, and nothing changes.</summary>
    public enum Part
    {
        /// <summary>What the agreement says, no part named ("what's the SLA again?"): the agreement in force and any proposal.</summary>
        Terms,

        /// <summary>The agreement in force now, also while a proposal waits ("what's the SLA follow-up time right now?", "24 or 48?").</summary>
        InForce,

        /// <summary>What waits for signatures ("show me the proposed SLA", "what did Marco propose to sales?"): shown, nothing signed or started.</summary>
        Proposal,

        /// <summary>The agreement before the one in force ("what was the deal we signed before this one?").</summary>
        Previous,

        /// <summary>Whose signature a proposal still waits for, by name ("who still has to sign the new SLA?").</summary>
        Missing,
    }

    /// <summary>
    /// Which part of the lead agreement <paramref name="text"/> asks about, or null when it asks nothing about it. Read from
    /// small cues: asked (a question, "show me", "remind me"), then whose signature is still missing (a signature word with
    /// "still", "yet", "left", "missing"), the agreement before (the agreement named with "before", "old", "previous"),
    /// what waits (a proposal or a signature waited for), the one in force now ("now", "current", "in force", "at the
    /// moment"), else the terms as <see cref="Asks"/> reads them. Never a proposal with terms, a counter, a signature, leave
    /// to sign, who may sign, or whether it is kept. Docs: docs/scenarios.md, "Paraphrase tables" (kind sla-ask-part).
    /// </summary>
    public static Part? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 300)
        {
            return null;
        }

        var t = text.Trim().Replace('\u2019', '\'');
        var asked = QuestionAnswers.IsQuestion(t) || Recall().IsMatch(t) || AfterFiller().IsMatch(t) || OpensAsking().IsMatch(t);
        if (!asked || Kept().IsMatch(t) || RejectionQuestion.Asks(t) || LeaveToSign().IsMatch(t) || ChangeAsked().IsMatch(t))
        {
            return null;
        }

        // "the deal we signed", "this one": the agreement named loosely, enough beside a part's own word.
        var agreement = Agreement().IsMatch(t) || LooseAgreement().IsMatch(t);
        if (StillToSign().IsMatch(t) && SignWord().IsMatch(t) && WhoOrWhich().IsMatch(t))
        {
            return Part.Missing;
        }

        // "who signed for sales?", "who signed it for marketing?": who signed the one in force (or the proposal, named), never a goal.
        if (WhoSigned().IsMatch(t) && (agreement || SideWord().IsMatch(t) || ItSigned().IsMatch(t)) && !GoalNumber().IsMatch(t))
        {
            return ProposalWord().IsMatch(t) ? Part.Proposal : Part.InForce;
        }

        if (agreement && Before().IsMatch(t) && !GoalNumber().IsMatch(t))
        {
            return Part.Previous;
        }

        // A proposal with its terms in it ("could we do 180 a month with 24h follow-up?") proposes; one asked after does not.
        if (!t.Any(char.IsDigit) && (ProposalWord().IsMatch(t) && (agreement || ToTheOtherSide().IsMatch(t))
                                     || Waiting().IsMatch(t) && (SignWord().IsMatch(t) || agreement)))
        {
            return Part.Proposal;
        }

        // "is it 24 or 48 hours in the current SLA?": figures as alternatives asked about are no terms proposed.
        // The agreement must be named ("the SLA", "in force"), or the follow-up asked with alternatives ("is our follow-up window
        // 24h or 16h at the moment?"): "what changed today?" is the change history, not the agreement of today.
        var aboutIt = agreement || InForceStrict().IsMatch(t) || (FollowUpWord().IsMatch(t) && Alternatives().IsMatch(t));
        if (aboutIt && InForceWords().IsMatch(t) && (!t.Any(char.IsDigit) || Alternatives().IsMatch(t)) && !SlaParsing.IsProposal(t) && !GoalNumber().IsMatch(t))
        {
            return Part.InForce;
        }

        return Asks(t) ? Part.Terms : null;
    }

    [GeneratedRegex(@"^\W*(?:(?:and|so|ok(?:ay)?|wait|sorry|hmm+|remind\s+me)\W+)*who\s+(?:signed|countersigned|signed\s+off)\b", Options)]
    private static partial Regex WhoSigned();

    [GeneratedRegex(@"\b(?:for|on\s+behalf\s+of)\s+(?:the\s+)?(?:sales|marketing|mktg)\b", Options)]
    private static partial Regex SideWord();

    [GeneratedRegex(@"\bsigned\s+(?:it|this|that)\b", Options)]
    private static partial Regex ItSigned();

    [GeneratedRegex(@"\b(?:still|yet|left|missing|outstanding|remaining|waiting|(?:has|have)n'?t|not)\b", Options)]
    private static partial Regex StillToSign();

    [GeneratedRegex(@"\b(?:sign\w*|signature\w*|sign-?offs?|signoff|countersign\w*)\b", Options)]
    private static partial Regex SignWord();

    [GeneratedRegex(@"\b(?:who|who's|whos|whose|which|anyone|anybody|somebody|someone)\b", Options)]
    private static partial Regex WhoOrWhich();

    // The one before: "before this one", "before the new one", "before we changed it", "the old SLA", "the previous agreement".
    [GeneratedRegex(@"\b(?:before\s+(?:this|that|the\s+(?:new|current|latest)|we\s+changed)|previous|prior|old|earlier\s+(?:one|version|sla|agreement|deal)|the\s+one\s+before|(?:were|was)\s+we\s+on\s+before)\b|\bbefore\W*$", Options)]
    private static partial Regex Before();

    [GeneratedRegex(@"\b(?:propos\w*|pending|put\s+(?:on\s+the\s+table|forward)|on\s+the\s+table|new\s+(?:sla|agreement|version|deal|terms))\b", Options)]
    private static partial Regex ProposalWord();

    [GeneratedRegex(@"\b(?:to|for|with)\s+(?:sales|marketing)\b", Options)]
    private static partial Regex ToTheOtherSide();

    // "the deal we signed", "the new proposal", "this one": the agreement named loosely (no deal size: "deal size", "deals").
    [GeneratedRegex(@"\b(?:the|this|that|our)\s+(?:deal|version|proposal)\b(?!\s+(?:size|value|count|stage))|\b(?:new|his|her|their|sam's|marco's)\s+proposal\b", Options)]
    private static partial Regex LooseAgreement();

    [GeneratedRegex(@"\b(?:waiting|pending|awaiting|outstanding|to\s+be\s+signed|up\s+for\s+signature)\b", Options)]
    private static partial Regex Waiting();

    [GeneratedRegex(@"\b(?:in\s+(?:force|place|effect)|current(?:ly)?|right\s+now|now|at\s+the\s+moment|atm|live|today|these\s+days)\b", Options)]
    private static partial Regex InForceWords();

    [GeneratedRegex(@"\bin\s+(?:force|place|effect)\b", Options)]
    private static partial Regex InForceStrict();

    [GeneratedRegex(@"\bfollow[\s-]?up\b", Options)]
    private static partial Regex FollowUpWord();

    [GeneratedRegex(@"\d+\s*(?:h|hrs?|hours?|mqls?)?\s+or\s+\d+", Options)]
    private static partial Regex Alternatives();

    // "ok if Marco signs this?", "can I sign it for sales?": leave to sign, read by the signing readers.
    [GeneratedRegex(@"^\W*(?:(?:ok|okay|so|and|hey)\W+)*(?:ok(?:ay)?\s+if|(?:is\s+it\s+)?(?:fine|alright|ok(?:ay)?)\s+if|mind\s+if|can\s+(?:i|we|\w+)\s+sign|could\s+(?:i|we)\s+sign|may\s+(?:i|we)\s+sign|should\s+(?:i|we)\s+sign)\b", Options)]
    private static partial Regex LeaveToSign();

    // A change asked for as a question: "can we move the SLA to 180", "could we change the follow-up to 30 hours?".
    [GeneratedRegex(@"\b(?:change|update|amend|renegotiate|bump|raise|lower|move|make\s+it|drop|scrap|cancel|undo|withdraw|take\s+back|counter\w*)\b", Options)]
    private static partial Regex ChangeAsked();

    /// <summary>Whether <paramref name="text"/> asks what the lead agreement says.</summary>
    public static bool Asks(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 300)
        {
            return false;
        }

        var t = text.Trim().Replace('’', '\'');
        if (!(QuestionAnswers.IsQuestion(t) || Recall().IsMatch(t) || AfterFiller().IsMatch(t)) || Who().IsMatch(t) || Change().IsMatch(t) || Kept().IsMatch(t)
            || SlaParsing.IsProposal(t) || RejectionQuestion.Asks(t))
        {
            return false;
        }

        // "what was the mql number marketing signed up for again, 240?" asks a goal's number, not the agreement.
        // "hmm what did we agree last time?", "remind me what we agreed before?": what was agreed earlier is the agreement in force.
        // "how many MQLs are we supposed to send over to sales each month?", "how many mqls do we owe sales?": what marketing
        // owes sales (or sales owes marketing's leads) is the agreement's term, not the MQL goal; what came in so far is not.
        return Agreement().IsMatch(t) || (Agreed().IsMatch(t) && (WithSales().IsMatch(t) || Earlier().IsMatch(t)) && !GoalNumber().IsMatch(t))
               || (OwedBetweenTeams().IsMatch(t) && !SoFar().IsMatch(t) && !GoalNumber().IsMatch(t));
    }

    // Owed between the teams: "supposed to send over to sales", "do we owe sales", "sales is meant to call back", "on the hook to pass to sales".
    [GeneratedRegex(@"\b(?:supposed|meant|expected|obliged|on\s+the\s+hook|owe[sd]?|promised?)\b(?:\s+\w+){0,6}?\s+(?:to\s+|over\s+to\s+)?sales\b|\bsales\b(?:\s+\w+){0,3}?\s+(?:supposed|meant|expected|obliged|on\s+the\s+hook)\b", Options)]
    private static partial Regex OwedBetweenTeams();

    // Asked without a question's form: "remind me of the SLA terms pls", "refresh my memory on…", "show me the SLA".
    [GeneratedRegex(@"\b(?:remind\s+me\s+(?:what|of|how|again)|refresh\s+my\s+memory|i\s+(?:forgot|forget|don't\s+remember)|show\s+me|where\s+(?:can|do)\s+i\s+(?:see|find))\b", Options)]
    private static partial Regex Recall();

    // "sorry what was the agreement with sales again": a question word after a word of filler.
    [GeneratedRegex(@"^\W*(?:(?:sorry|ok(?:ay)?|so|hey|hi|btw|um+|hmm+|wait|hang\s+on|honestly|remind\s+me|quick\s+(?:q|one|question)|before\s+(?:i|we)\s+(?:sign|decide|agree)(?:\s+anything)?)\W+)+(?:what|what's|whats|how|which|where)\b", Options)]
    private static partial Regex AfterFiller();

    // The agreement by name; a deal only with or between teams ("what's our average deal size?", "did someone deal with it?"
    // are no agreement).
    [GeneratedRegex(@"\b(?:slas?|service[\s-]+level|agreement|deal\s+(?:with|between)\s+(?:sales|marketing|us|them|the\s+teams)|arrangement|handshake|pact|terms)\b", Options)]
    private static partial Regex Agreement();

    [GeneratedRegex(@"\b(?:number|target|goal|kpi)s?\b", Options)]
    private static partial Regex GoalNumber();

    [GeneratedRegex(@"\b(?:agreed|agree|signed(?:\s+(?:up|off))?|sign(?:\s+(?:up|off))?|committed|commit|landed\s+on|settled\s+on|owe)\b", Options)]
    private static partial Regex Agreed();

    [GeneratedRegex(@"\b(?:sales|leads?|mqls?|volume|marketing|follow[\s-]*ups?|hand-?offs?|between\s+(?:us|the\s+teams))\b", Options)]
    private static partial Regex WithSales();

    [GeneratedRegex(@"\b(?:last\s+(?:time|quarter|year)|before(?:\s+(?:this|that|the\s+(?:new|current|latest))(?:\s+(?:one|version|proposal))?)?(?=\W*$)|previous(?:ly)?|prior|originally|in\s+the\s+first\s+place|(?:the\s+)?last\s+(?:round|version)|back\s+then|currently|right\s+now|in\s+force)\b", Options)]
    private static partial Regex Earlier();

    [GeneratedRegex(@"^\W*(?:who|who's|whos|whose)\b", Options)]
    private static partial Regex Who();

    // A change asked for: "can we change the SLA to 48 hours", "counter: 260 and 28", "don't sign the SLA yet" (a signature
    // told, not what was signed off on).
    [GeneratedRegex(@"\b(?:(?<!\bdid\s+(?:\w+\s+){1,3})(?<!\bbefore\s+(?:i|we)\s+)sign(?!\s+(?:off|up\s+(?:to|for))\b)|change|update|amend|renegotiate|bump|raise|lower|move|make\s+it|propos\w*|counter\w*|drop|scrap|cancel)\b", Options)]
    private static partial Regex Change();

    // Whether it is being kept is compliance, answered with this month's figures elsewhere.
    [GeneratedRegex(@"\b(?:following|followed|keeping|kept|meeting|met|hitting|sticking|honou?r\w*|breach\w*|complian\w*|comply\w*|on\s+track)\b", Options)]
    private static partial Regex Kept();
}
