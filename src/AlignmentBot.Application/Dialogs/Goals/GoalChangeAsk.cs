using System.Text.RegularExpressions;
using AlignmentBot.Conversations.Understanding;

namespace AlignmentBot.Application.Dialogs.Goals;

/// <summary>
/// A change to a goal that exists asked for as a question: "can we push my cpl goal out to end of april?", "would it be
/// possible to lower the CPL goal to $70?", "mind if we push the acceptance goal back a month?", "sam, can we hand the
/// follow-up goal to Alex?". People ask for changes politely; answering about the goal instead changes nothing and never
/// reaches the gate that names who may change it. Three cues in one sentence: a way of asking leave (can/could we, would it
/// be possible to, any chance, is it ok if, mind if, ok to), a verb of changing, and the goal, target or deadline.
/// Whether a number is reachable ("can we get to 300 MQLs?", "can we realistically hit the CPL goal by March?"), a look-up
/// ("could you show me the MQL target?"), or something that is not a goal ("could we change the digest to mondays?") is not.
/// Built against <c>Paraphrases/goal-change-ask.*.txt</c>.
/// </summary>
public static partial class GoalChangeAsk
{
    /// <summary>
    /// What a message asks to be done to a goal's life, asked politely or typed in a hurry: "close" when it files the goal
    /// away, gives it up or closes it ("honestly retention isn't worth chasing this year, can we put that goal on ice?",
    /// "could you archvie retention, it's stale", "arhcive the sales cycle goal"), read by <see cref="GoalClosing"/> with the
    /// goal named by its metric or its words; "change" when it asks for a change of target, deadline or owner
    /// (<see cref="Asks"/>); null otherwise. A question about the goal ("was it archived?", "should we drop it?"), a
    /// negation, talk about closing it ("can we talk about shelving retention?") or a lead parked is neither. Either way
    /// the request goes to the goal edit, which checks the permission and asks for Confirm.
    /// Built against <c>Paraphrases/goal-lifecycle-ask.*.txt</c>.
    /// </summary>
    public static string? Read(string? text, Entities entities)
    {
        if (string.IsNullOrWhiteSpace(text) || Discusses().IsMatch(text) || ALead().IsMatch(text))
        {
            return null;
        }

        // "is it ok if we drop the retention goal for this year?" closes it; "can we drop the CPL target to $70?" is a change.
        // A close asked as a question asks leave ("can we …", "is it ok if …"); "why does sales keep binning our leads??" does not.
        if (GoalEdits.Closing(text, entities) is not null && (!Questions.QuestionAnswers.IsQuestion(text) || AskingLeave().IsMatch(text)))
        {
            return "close";
        }

        return Asks(text) || AsksByMetric(text, entities) ? "change" : null;
    }

    /// <summary>
    /// Whether <paramref name="text"/> asks, as a question, for a change to the goal on the one number it names, said with its
    /// new value and no word "goal": "can we tighten speed to lead to 18 hours?", "could we lower follow-up time to 20 hours?",
    /// "any chance we could raise lead acceptance to 88%?". The same three cues as <see cref="Asks"/>, with the metric and "to"
    /// a value standing for the goal. Whether it is reachable ("can we realistically get speed to lead down to 12 hours?",
    /// "can we get to 300 MQLs?"), talk about it, a new goal, or a meeting moved ("can we push the webinar to friday at 2?", no
    /// metric) is not; nor is one said without a question mark or with a deadline, which proposes a new goal. Built against <c>Paraphrases/goal-change-ask-metric.*.txt</c>.
    /// </summary>
    public static bool AsksByMetric(string? text, Entities entities)
    {
        // Asked, with a question mark, and with no deadline: "can we push mqls to 250/mo" and "can we raise MQLs to 250 a month
        // by june?" propose a new goal, as they always did.
        if (string.IsNullOrWhiteSpace(text) || !text.Contains('?') || entities.Metric is null || entities.Deadline is not null
            || NewGoal().IsMatch(text) || Wondering().IsMatch(text) || TalkAbout().IsMatch(text))
        {
            return false;
        }

        foreach (Match ask in AskingLeave().Matches(text))
        {
            var rest = text[ask.Index..];
            var sentence = SentenceEnd().Match(rest, ask.Length) is { Success: true } end ? rest[..end.Index] : rest;
            if (!GoalWord().IsMatch(sentence) && ChangeVerb().Match(sentence, ask.Length) is { Success: true } verb
                && ToValue().IsMatch(sentence, verb.Index + verb.Length))
            {
                return true;
            }
        }

        return false;
    }

    // Wondering whether a number is reachable, not asking for the goal to change: "can we realistically …", "… realistically?".
    [GeneratedRegex(@"\b(?:realistic(?:ally)?|feasibl[ey]|doable|achievable|possibly)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Wondering();

    // Talking about a change rather than asking for it: "can we talk about tightening speed to lead?".
    [GeneratedRegex(@"\b(?:talk|talking|chat|discuss|discussing|think|thinking)\s+(?:about|over|through|on)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TalkAbout();

    // The new value after the verb: "to 18 hours", "down to $75", "up to 90%", "to 260 a month".
    [GeneratedRegex(@"\b(?:(?:down|up)\s+)?to\s*[$€£]?\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ToValue();

    /// <summary>Whether <paramref name="text"/> asks, as a question, for a change to a goal that exists.</summary>
    public static bool Asks(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || NewGoal().IsMatch(text))
        {
            return false;
        }

        foreach (Match ask in AskingLeave().Matches(text))
        {
            var rest = text[ask.Index..];
            var sentence = SentenceEnd().Match(rest, ask.Length) is { Success: true } end ? rest[..end.Index] : rest;
            if (ChangeVerb().IsMatch(sentence, ask.Length) && GoalWord().IsMatch(sentence))
            {
                return true;
            }
        }

        return false;
    }

    // Asking leave, at the start of the message or of a sentence or clause ("sam, can we …", "I was wondering, could we …",
    // "retention goal isn't worth chasing this year - can you shelve it?").
    [GeneratedRegex(@"(?:^|[,.!?:;]\s*|\s[-–—]\s*|\b(?:hey|hi|so|ok|okay|also|and)\s+)\W*(?:(?:can|could|may)\s+[\w'-]+\b|would\s+(?:it\s+be\s+(?:possible|ok(?:ay)?|fine|alright)\s+to|you\s+mind|we\s+be\s+able\s+to)\b|any\s+chance\b|is\s+it\s+(?:ok(?:ay)?|possible|fine|alright)\s+(?:if|to)\b|mind\s+if\b|ok(?:ay)?\s+(?:if|to)\b|possible\s+to\b|is\s+there\s+(?:any\s+)?way\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AskingLeave();

    // Talking about a close rather than asking for it: "can we talk about shelving retention at the offsite?".
    [GeneratedRegex(@"\b(?:talk|talking|chat|discuss|discussing|think|thinking|debate|decide|review|revisit)\s+(?:about\s+|over\s+|on\s+|whether\s+(?:to\s+)?|if\s+we\s+(?:should\s+)?)?(?:\w+\s+)?(?:archiv|shelv|park|drop|scrap|clos|retir|kill|ditch|bin)\w*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Discusses();

    // A lead to be parked or dropped, not a goal: "can we park the Acme lead for now?".
    [GeneratedRegex(@"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}lead\b(?!\s+(?:acceptance|time|gen|generation|goal|target|volume))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ALead();

    [GeneratedRegex(@"[.!?](?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(?:push(?:ing)?|mov(?:e|ing)|shift(?:ing)?|slide|extend(?:ing)?|bump(?:ing)?|rais(?:e|ing)|lower(?:ing)?|shorten(?:ing)?|lengthen(?:ing)?|lift(?:ing)?|boost(?:ing)?|tighten(?:ing)?|loosen(?:ing)?|chang(?:e|ing)|updat(?:e|ing)|nudg(?:e|ing)|(?<=\b(?:we|i|you|u)\s+)up|bring(?:ing)?|drop|cut|trim|reduc(?:e|ing)|increas(?:e|ing)|decreas(?:e|ing)|make(?!\s+sure)|hand|reassign|take\s+over|adjust|revise|tweak|delay|postpone|giv(?:e|ing)(?=[^.?!]{0,40}\b(?:until|till|til|through|to\s+(?:the\s+)?end\s+of)\b)|(?:giv(?:e|ing)|get(?:ting)?)\b(?=[^.?!]{0,30}\b(?:an?\s+)?(?:extra|more|another|additional)\s+(?:\w+\s+)?(?:time|days?|weeks?|months?|quarters?|years?)\b)|get(?:ting)?\s+(?:until|till|til)\b)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChangeVerb();

    [GeneratedRegex(@"\b(?:goals?|targets?|deadline)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoalWord();

    [GeneratedRegex(@"\b(?:a|an|new|another)\s+(?:[\w-]+\s+){0,2}goal\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewGoal();
}
