using AlignmentBot.Conversations.Dialogs;

namespace AlignmentBot.Application.Bot;

/// <summary>
/// A message typed while a question waits, read two ways: how well it answers that question (<see cref="Fit"/>), and
/// what it would be as an opening sentence (the rest). <see cref="SideTripRule"/> decides from this alone.
/// </summary>
/// <param name="Fit">How well it answers the open question, the draft's corrections included.</param>
/// <param name="Words">How many words it has: one or two words are an answer unless said as a whole command.</param>
/// <param name="OwnIntent">The intent of the dialog that waits ("define_goal" for the goal dialog), or null.</param>
/// <param name="Cue">The intent of a command said whole ("scorecard", "show the SLA"), or null.</param>
/// <param name="Intent">The intent of the message read on its own.</param>
/// <param name="Score">The intent model's confidence in <paramref name="Intent"/>.</param>
/// <param name="IsQuestion">It asks something.</param>
/// <param name="OtherRecord">It names another record than the one in hand and says what to do with it (another lead's verdict): what it says belongs there.</param>
/// <param name="OtherRequest">A request of its own: a check-in, who owns a number.</param>
/// <param name="Answerable">A question whose words alone say what it is about ("what's our acceptance rate atm?"), whatever the intent model makes of it.</param>
/// <param name="AboutTheDraft">A question in the waiting dialog's own terms that is about its draft ("can we make it 300?").</param>
/// <param name="Errand">Asked to do something, as one asks a person ("can you also book the meeting room for thursday?").</param>
public sealed record MessageReading(
    AnswerFit Fit,
    int Words,
    string? OwnIntent,
    string? Cue,
    string Intent,
    double Score,
    bool IsQuestion,
    bool OtherRecord,
    bool OtherRequest,
    bool Answerable,
    bool AboutTheDraft,
    bool Errand = false);

/// <summary>
/// Issue 16, design point 1: an open question is an expectation, not a filter. A message that does not answer it (or
/// only weakly) and is plainly a question or another request is handled first, as a side trip; the dialog then asks its
/// question again. What answers stays an answer, even when it reads as a question ("is end of June ok?" at the deadline
/// question), and a short answer ("me", "Marco", "150") always reaches its question.
/// </summary>
public static class SideTripRule
{
    /// <summary>Confidence above which a plain statement of another intent is a request of its own, not a garbled answer.</summary>
    public const double ClearRequest = 0.7;

    /// <summary>Confidence above which a question (or a statement the question cannot use) is about something the bot knows.</summary>
    public const double KnownQuestion = 0.5;

    /// <summary>Intents that only show something: the scorecard, the lead agreement, a goal's history.</summary>
    private static readonly HashSet<string> Views = new(StringComparer.Ordinal) { "status", "sla", "audit" };

    public static bool IsSideTrip(MessageReading m)
    {
        // A command said whole ("scorecard", "show the SLA") is never an answer to another question.
        if (m.Cue is { } cue && cue != m.OwnIntent && cue is not "cancel" and not "help" and not "none")
        {
            return true;
        }

        // "before that, reject DEMO-1087 too, it's a duplicate" holds a reason, but for another lead.
        if (m.OtherRecord)
        {
            return true;
        }

        if (m.Fit == AnswerFit.Strong || m.Words < 3)
        {
            return false;
        }

        if (m.OtherRequest)
        {
            return true;
        }

        if (m.IsQuestion && m.Answerable && !m.AboutTheDraft)
        {
            return true;
        }

        // Where a name, a number or a day is asked, "could you order lunch for the team?" answers nothing: it is done or
        // declined on its own, and the question comes back.
        if (m.Fit == AnswerFit.None && m.Errand && !m.AboutTheDraft)
        {
            return true;
        }

        if (m.Intent is "none" or "help" or "cancel")
        {
            return false;
        }

        // In the dialog's own terms: a question about the draft is a correction; any other question is a side trip.
        if (m.Intent == m.OwnIntent)
        {
            return m.IsQuestion && !m.AboutTheDraft && m.Score >= KnownQuestion;
        }

        if (m.IsQuestion)
        {
            return m.Score >= KnownQuestion;
        }

        // A plain statement is a side trip when it asks to look at something ("hold on, show me the SLA", "lemme check the
        // scorecard first"): looking changes nothing, so nothing is lost if it was meant otherwise. Anything else said
        // plainly is the answer's business: the question reads it, and asks again if it cannot use it.
        return Views.Contains(m.Intent) && m.Score >= (m.Fit == AnswerFit.None ? KnownQuestion : ClearRequest);
    }
}
