using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Conversations.Dialogs;

/// <summary>What a waterfall step sees: the dialog's typed state, the previous step's (or prompt's) result, and moves.</summary>
public sealed class WaterfallStep<TState>(WaterfallDialog<TState> dialog, DialogContext context, int index, object? result)
{
    public DialogContext Context { get; } = context;

    public DialogTurn Turn => Context.Turn;

    public int Index { get; } = index;

    /// <summary>What the previous step or the prompt it started returned.</summary>
    public object? Result { get; } = result;

    /// <summary>The dialog's state. Setting it persists it for the next turn.</summary>
    public TState State
    {
        get => dialog.GetState(Context);
        set => dialog.SetState(Context, value);
    }

    public void Send(OutgoingMessage message) => Turn.Send(message);

    /// <summary>Runs the next step now, passing <paramref name="value"/> as its <see cref="Result"/>.</summary>
    public Task<DialogTurnResult> NextAsync(object? value = null, CancellationToken cancellationToken = default)
        => dialog.RunStepAsync(Context, Index + 1, value, cancellationToken);

    /// <summary>Runs the named step now (e.g. "Change target" jumps back to the target question).</summary>
    public Task<DialogTurnResult> GoToAsync(string stepName, CancellationToken cancellationToken = default)
        => dialog.RunStepAsync(Context, dialog.IndexOf(stepName), null, cancellationToken);

    /// <summary>Runs this step again after telling the person what was wrong ("the target must be above the baseline").</summary>
    public Task<DialogTurnResult> RetryAsync(OutgoingMessage problem, string previousStep, CancellationToken cancellationToken = default)
    {
        Send(problem);
        return GoToAsync(previousStep, cancellationToken);
    }

    /// <summary>Starts a prompt; the next step receives its answer (or <see cref="PromptFailed"/>).</summary>
    public Task<DialogTurnResult> PromptAsync(string promptId, PromptOptions options, CancellationToken cancellationToken = default)
        => Context.BeginDialogAsync(promptId, options, cancellationToken);

    /// <summary>Ends the turn here; the next step runs with the next turn's input (e.g. a button on a card).</summary>
    public DialogTurnResult Wait() => DialogTurnResult.Waiting;

    public Task<DialogTurnResult> EndAsync(object? value = null, CancellationToken cancellationToken = default)
        => Context.EndDialogAsync(value, cancellationToken);
}
