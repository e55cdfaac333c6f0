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
    {
        if (UnalignedAnswer.AsksToBeShown(answer))
        {
            return base.Recognize(string.Empty, options, turn);
        }

        if (Unaligned(answer, options))
        {
            return Recognition<string>.Ok(RequestCards.Unaligned);
        }

        // "SQLs" where no goal counts SQLs: the request serves no agreed goal, which is what unaligned means (the reply says
        // there is no goal for it, so it can be tied to one later).
        var read = base.Recognize(answer, options, turn);
        return !read.Succeeded && NoGoalFor(answer, options, turn) is not null ? Recognition<string>.Ok(RequestCards.Unaligned) : read;
    }

    /// <summary>
    /// The metrics a short answer names when none of them is a goal offered ("SQLs", "pipeline I guess"), or null: no
    /// question, no figure, a few words, and every metric named missing from the options.
    /// </summary>
    public static IReadOnlyList<string>? NoGoalFor(string answer, PromptOptions options, DialogTurn turn)
    {
        var said = answer.Trim();
        if (said.Length == 0 || said.EndsWith('?') || said.Any(char.IsDigit) || said.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 5
            || !(options.Choices ?? []).Any(c => c.Value == RequestCards.Unaligned))
        {
            return null;
        }

        var metrics = turn.Entities.Read(said, turn.Today).MetricList;
        var offered = (options.Choices ?? []).SelectMany(c => c.Synonyms ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return metrics.Count > 0 && metrics.All(m => !offered.Contains(m)) ? metrics : null;
    }

    /// <summary>"can u show me which requests are unaligned first": a question back, no answer (a side trip answers it).</summary>
    protected override AnswerFit FitOf(string answer, PromptOptions options, DialogTurn turn)
        => UnalignedAnswer.AsksToBeShown(answer) ? AnswerFit.None
           : Unaligned(answer, options) ? AnswerFit.Strong : base.FitOf(answer, options, turn);

    /// <summary>None said in words, where "none of these" is offered.</summary>
    private static bool Unaligned(string answer, PromptOptions options)
        => (options.Choices ?? []).Any(c => c.Value == RequestCards.Unaligned) && UnalignedAnswer.Says(answer);
}
