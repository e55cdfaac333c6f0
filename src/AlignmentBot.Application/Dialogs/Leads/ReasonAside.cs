using System.Text.RegularExpressions;
using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Dialogs.Requests;
using AlignmentBot.Domain.Leads;

namespace AlignmentBot.Application.Dialogs.Leads;

/// <summary>
/// "wait, is the hooli one still open?", "actually first show me the scoreboard", "oh and log this while I remember: Sam
/// wants a pricing one-pager, no cost": typed while the lead dialog asks why a lead is rejected, a side trip, not the
/// reason. A reason is told (in any words, a story included: "they signed a 3-year deal with a competitor last month"), so
/// what asks (a question, unless it is a reason offered as one: "wrong contact maybe?"), asks to be shown something, or
/// hands over a request of someone's (asked to log it, or a person who wants a thing with its cost or its day) is not
/// the answer; the question comes back after it. Docs: docs/scenarios.md, "Paraphrase tables" (aside-at-reason).
/// </summary>
public static partial class ReasonAside
{
    /// <summary>A reason offered as a question is short: "no budget?", "is it a dupe?", "wrong contact maybe?".</summary>
    private const int HedgedReasonWords = 5;

    /// <summary>True when <paramref name="text"/>, said at the reason question, is something else than the reason.</summary>
    public static bool Asks(string text)
    {
        var said = AsideOpeners.Strip(AsideOpeners.WithoutGreeting(text.Trim()));
        if (said.Length == 0)
        {
            return false;
        }

        if (HandsOverRequest(said) || Look().IsMatch(said))
        {
            return true;
        }

        // "can you book a room for tomorrow": an errand asked of the bot, unless it names a reason ("can you put no budget").
        if (Errand.IsAsked(said) && RejectionReasons.Normalize(said) == RejectionReason.Other)
        {
            return true;
        }

        if (!Questions.QuestionAnswers.IsQuestion(said) && LeadHistory.Question(text) is null)
        {
            return false;
        }

        return RejectionReasons.Normalize(said) == RejectionReason.Other || said.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > HedgedReasonWords;
    }

    /// <summary>"log this: Sam wants …", "note a request for me - …", "btw Marco needs a new deck for the QBR, 2k by Friday".</summary>
    private static bool HandsOverRequest(string said)
        => RequestParsing.AsksToLog(said) || RequestWord().IsMatch(said)
           || (RequestParsing.Requester(said) is { Length: > 1 } who && char.IsUpper(who[0]) && Wants().IsMatch(said) && Detail().IsMatch(said));

    // "show me the scoreboard", "pull up the current agreement", "actually first show me …", "remind me what …"; not "a no-show".
    [GeneratedRegex(@"(?<!no[\s-])\b(?:show\s+me|pull\s+up|bring\s+up)\b|^\W*remind\s+me\b|^\W*(?:(?:actually|first|pls|please|can\s+you|could\s+you)\s+)*(?:show|pull)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Look();

    // "note a request", "log a new ask", "add a request for …", "log that Alex wants …".
    [GeneratedRegex(@"\b(?:note|log|record|add|file)\s+(?:a\s+|this\s+|that\s+)?(?:new\s+)?(?:request|ask)\b|^\W*(?:log|note|record)\s+(?:that|this)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RequestWord();

    // Someone wants a piece of work: "wants a", "needs new", "asked for a".
    [GeneratedRegex(@"\b(?:wants|needs|asked\s+(?:us\s+)?for|would\s+like|requested|is\s+asking\s+for)\s+(?:a|an|some|new|more|\d+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Wants();

    // What a request comes with: its cost ("$500", "2k", "no cost") or its day ("by Friday", "due Dec 10").
    [GeneratedRegex(@"[$€£]\s?\d|\b\d[\d.,]*\s?k\b|\b(?:grand|bucks)\b|\bno\s+cost\b|\b(?:by|due)\s+(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|end|next|tomorrow|tmrw|eod|eow|eom|eoq|the)\w*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Detail();
}
