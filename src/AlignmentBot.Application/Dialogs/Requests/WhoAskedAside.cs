using System.Text.RegularExpressions;
using AlignmentBot.Application.Bot;
using AlignmentBot.Conversations.Dialogs.Prompts;

namespace AlignmentBot.Application.Dialogs.Requests;

/// <summary>
/// "hold on, who owns the cpl goal again?", "whats our cpl target again", "can you book me the big meeting room for
/// thursday?": typed while the request dialog asks "who asked for it?", a side trip, never the requester. The question
/// wants a person, so what names nobody and instead asks something (a question), asks to be shown something (a verb of
/// looking) or asks for something done (an errand, as one asks a person, or a doing verb first) is not its answer, even
/// when it holds a name ("who owns …", "set up a zoom with marco") or a day ("for thursday") the draft could take. What
/// names someone stays the answer: a few words that look like a name, hedged or not ("maybe Sam?"), and a question that
/// only echoes the one asked ("who asked? Sam did"). Docs: docs/scenarios.md, "Paraphrase tables" (aside-at-who-asked).
/// </summary>
public static partial class WhoAskedAside
{
    /// <summary>True when <paramref name="text"/>, said at "who asked for it?", is something else than the requester.</summary>
    public static bool Asks(string text)
    {
        var said = AsideOpeners.WithoutGreeting(AsideOpeners.Strip(text.Trim()));
        if (said.Length == 0 || EchoesTheQuestion().IsMatch(said))
        {
            return false;
        }

        // Asked to show or do something: nobody's name, whatever name or day it holds.
        if (Look().IsMatch(said) || Errand.IsAsked(said) || AskedOfYou().IsMatch(said) || DoingFirst().IsMatch(said))
        {
            return true;
        }

        // "maybe Sam?", "Priya?": a name offered as a question is still the answer.
        if (AnswerFits.LooksLikeSomeone(AnswerFits.WithoutHedge(said)))
        {
            return false;
        }

        return Questions.QuestionAnswers.IsQuestion(said) || Questions.QuestionAnswers.IsQuestion(Questions.RemindMeQuestion.Unwrapped(said));
    }

    // "who asked? Sam did", "who wanted it — Dana": the question said back before its answer.
    [GeneratedRegex(@"\bwho\s+(?:asked|wanted|requested|wants|needs|needed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EchoesTheQuestion();

    // "show me the scorecard", "pull up the scoreboard real quick", "remind me what our win rate is", "lemme check …",
    // "gimme a sneak peek of this week's digest", "preview the digest".
    [GeneratedRegex(@"^\W*(?:(?:please|pls|plz)\s+)?(?:show|pull(?:\s+up)?|bring\s+up|open|preview|remind\s+me|(?:let\s+me|lemme)\s+(?:check|see|look)|(?:gimme|give\s+me|get\s+me)\s+(?:a\s+)?(?:quick\s+|little\s+)?(?:sneak\s+)?(?:peek|preview|look|glance))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Look();

    // "can you set up a zoom with marco", "could u remind me …": asked of the bot, unless it is about the answer ("can you make it Sam").
    [GeneratedRegex(@"^\W*(?:(?:also|and|oh|btw|please|pls|plz)[,\s]+)*(?:can|could|would|will)\s+(?:you|u|ya)\b(?!\s+(?:(?:just|please|pls)\s+)?(?:make|put|change|mark|note|say|write)\s+(?:it|that|him|her|them)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AskedOfYou();

    // "book a flight to Berlin for me", "send an email to the team pls": an errand said as a command, a doing verb first.
    [GeneratedRegex(@"^\W*(?:(?:please|pls|plz|also)\s+)?(?:book|order|send|schedule|set\s+up|buy|reserve|email|print|make\s+me|get\s+me|find\s+me)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DoingFirst();
}
