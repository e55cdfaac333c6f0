using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Conversations.Dialogs.Prompts;

/// <summary>
/// Asks one question and returns a typed answer. An unusable answer is re-asked with the specific reason
/// ("'lots' is not a number"); after <see cref="PromptOptions.MaxAttempts"/> the prompt ends with <see cref="PromptFailed"/>
/// so the calling dialog can stop gracefully instead of looping.
/// </summary>
public abstract partial class Prompt<T>(string id) : TypedDialog<PromptState>(id, ConversationsJsonContext.Default.PromptState)
{
    /// <summary>The verb of a prompt's own buttons; the pressed button's value arrives as "value".</summary>
    public const string AnswerVerb = "prompt.answer";

    public override int StateVersion => 1;

    public override JsonElement InitialState(object? options)
        => Serialize(new PromptState(options as PromptOptions ?? throw new ArgumentException($"Prompt '{Id}' needs PromptOptions."), 0));

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        dc.Turn.Send(Render(GetState(dc).Options, null));
        return Task.FromResult(DialogTurnResult.Waiting);
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var state = GetState(dc);
        var answer = Answer(dc.Turn);
        if (state.Options.Skippable && answer is not null && SkipWords().IsMatch(answer))
        {
            return await dc.EndDialogAsync(new PromptSkipped(Id), cancellationToken);
        }

        var recognized = answer is null
            ? Recognition<T>.Fail("I need an answer to the question above.")
            : Recognize(answer, state.Options, dc.Turn);

        // "end of March, no sorry, end of April", "Marco, I mean Priya": what follows the change of mind is the answer.
        if (answer is not null && ReadsChangeOfMind && AlignmentBot.Conversations.Understanding.SelfCorrection.Tail(answer) is { Length: > 0 } meant)
        {
            var second = Recognize(meant, state.Options, dc.Turn);
            if (second.Succeeded)
            {
                recognized = second;
            }
        }
        if (recognized.Succeeded)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }

        var attempts = state.Attempts + 1;
        if (attempts >= state.Options.MaxAttempts)
        {
            return await dc.EndDialogAsync(new PromptFailed(Id, attempts), cancellationToken);
        }

        SetState(dc, state with { Attempts = attempts });
        dc.Turn.Send(Render(state.Options, recognized.Problem));
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        dc.Turn.Send(Render(GetState(dc).Options, null));
        return Task.CompletedTask;
    }

    /// <summary>
    /// How well a typed message answers this question: strong when this prompt's reader takes it (a date at a date
    /// question, a listed choice, "skip" where skipping is allowed), none when it does not. Free-text prompts accept any
    /// words, so they say it from what the question expects (<see cref="AnswerKind"/>).
    /// </summary>
    public override AnswerFit Fit(DialogContext dc, string text)
    {
        var options = GetState(dc).Options;
        var answer = text.Trim();
        if (options.Skippable && SkipWords().IsMatch(answer))
        {
            return AnswerFit.Strong;
        }

        return FitOf(answer, options, dc.Turn);
    }

    /// <summary>This prompt's own reading of an answer as a fit; free-text prompts override it.</summary>
    protected virtual AnswerFit FitOf(string answer, PromptOptions options, DialogTurn turn)
        => Recognize(answer, options, turn).Succeeded ? AnswerFits.Usable(answer) : AnswerFit.None;

    /// <summary>Whether an answer's last change of mind ("X, no sorry, Y") is the answer; a free-text answer keeps every word.</summary>
    protected virtual bool ReadsChangeOfMind => true;

    protected abstract Recognition<T> Recognize(string answer, PromptOptions options, DialogTurn turn);

    /// <summary>The question as text (numbered choices for channels without buttons) and as a card with buttons.</summary>
    protected virtual OutgoingMessage Render(PromptOptions options, string? problem)
    {
        var text = new StringBuilder();
        if (problem is not null)
        {
            text.Append(problem).Append(' ');
        }

        text.Append(options.Text);
        var choices = options.Choices ?? [];
        if (choices.Count == 0)
        {
            if (options.Skippable)
            {
                text.Append(" (Say \"skip\" if you don't know.)");
            }

            return new OutgoingMessage(text.ToString());
        }

        var lines = new StringBuilder(text.ToString());
        for (var i = 0; i < choices.Count; i++)
        {
            lines.Append('\n').Append(i + 1).Append(". ").Append(choices[i].Title);
        }

        var card = new Card(null, [new TextBlock(text.ToString())],
            choices.Select(c => new CardAction(c.Title, AnswerVerb, new Dictionary<string, string> { ["value"] = c.Value, ["prompt"] = Id })).ToArray());
        return new OutgoingMessage(lines.ToString(), card);
    }

    private static string? Answer(DialogTurn turn)
    {
        if (turn.Submission is { Verb: AnswerVerb } submission)
        {
            return submission.Value("value");
        }

        return string.IsNullOrWhiteSpace(turn.Text) ? null : turn.Text.Trim();
    }

    [GeneratedRegex(@"^\s*(skip|pass|don'?t know|do not know|dunno|not sure|no idea|unknown|n/?a|none)\s*[.!]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SkipWords();
}
