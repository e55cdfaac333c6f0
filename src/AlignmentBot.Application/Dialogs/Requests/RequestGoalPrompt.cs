using AlignmentBot.Application.Cards;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Dialogs.Prompts;

namespace AlignmentBot.Application.Dialogs.Requests;

/// <summary>
/// The "which goal does it serve?" prompt: the goals as any choice prompt reads them, and none of them said in the
/// requester's own words (<see cref="UnalignedAnswer"/>). Such an answer is the whole answer, however long, so it is a
/// strong one: "nah none of our goals tbh" names "our goals", which the intent model takes for the scorecard.
/// </summary>
public sealed class RequestGoalPrompt() : ChoicePrompt(DefaultGoalId)
{
    public const string DefaultGoalId = "prompt.request-goal";

    protected override Recognition<string> Recognize(string answer, PromptOptions options, DialogTurn turn)
        => UnalignedAnswer.AsksToBeShown(answer) ? base.Recognize(string.Empty, options, turn)
           : Unaligned(answer, options) ? Recognition<string>.Ok(RequestCards.Unaligned) : base.Recognize(answer, options, turn);

    /// <summary>"can u show me which requests are unaligned first": a question back, no answer (a side trip answers it).</summary>
    protected override AnswerFit FitOf(string answer, PromptOptions options, DialogTurn turn)
        => UnalignedAnswer.AsksToBeShown(answer) ? AnswerFit.None
           : Unaligned(answer, options) ? AnswerFit.Strong : base.FitOf(answer, options, turn);

    /// <summary>None said in words, where "none of these" is offered.</summary>
    private static bool Unaligned(string answer, PromptOptions options)
        => (options.Choices ?? []).Any(c => c.Value == RequestCards.Unaligned) && UnalignedAnswer.Says(answer);
}
