using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AlignmentBot.Conversations.Dialogs;

/// <summary>
/// A dialog made of named steps run in order. Each step asks something (a prompt), waits for a card, moves on,
/// or ends; the step index and the typed state are saved between turns.
/// </summary>
public abstract class WaterfallDialog<TState>(string id, JsonTypeInfo<TState> stateType) : TypedDialog<TState>(id, stateType)
{
    private IReadOnlyList<(string Name, Func<WaterfallStep<TState>, CancellationToken, Task<DialogTurnResult>> Run)>? _steps;

    private IReadOnlyList<(string Name, Func<WaterfallStep<TState>, CancellationToken, Task<DialogTurnResult>> Run)> StepList => _steps ??= Steps();

    /// <summary>The steps, in order. Names are used by <see cref="WaterfallStep{TState}.GoToAsync"/>.</summary>
    protected abstract IReadOnlyList<(string Name, Func<WaterfallStep<TState>, CancellationToken, Task<DialogTurnResult>> Run)> Steps();

    /// <summary>The state the dialog starts with, from the options it was begun with.</summary>
    protected abstract TState Start(object? options);

    public override JsonElement InitialState(object? options) => Serialize(Start(options));

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
        => RunStepAsync(dc, 0, null, cancellationToken);

    /// <summary>A step waited for the next turn; run the step after it with no result (it reads the turn).</summary>
    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
        => RunStepAsync(dc, dc.Active.Step + 1, null, cancellationToken);

    public override Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
        => RunStepAsync(dc, dc.Active.Step + 1, result, cancellationToken);

    /// <summary>
    /// Asks again what the step the dialog waits at showed (a confirm card, a choice): after a side trip or "help" the
    /// person sees it again instead of a "back to …" with nothing under it. A prompt above the dialog asks for itself.
    /// </summary>
    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
        => StepName(dc.Active.Step) is { } name
            ? ShowAgainAsync(new WaterfallStep<TState>(this, dc, dc.Active.Step, null), name, cancellationToken)
            : Task.CompletedTask;

    /// <summary>
    /// Shows again what the step named <paramref name="stepName"/> showed when it began to wait, without moving on or
    /// changing the draft. Only steps that wait for a card (<see cref="WaterfallStep{TState}.Wait"/>) need it; the rest
    /// wait in a prompt, which reprompts itself.
    /// </summary>
    protected virtual Task ShowAgainAsync(WaterfallStep<TState> step, string stepName, CancellationToken cancellationToken) => Task.CompletedTask;

    public int IndexOf(string stepName)
    {
        for (var i = 0; i < StepList.Count; i++)
        {
            if (StepList[i].Name == stepName)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"Dialog '{Id}' has no step named '{stepName}'.");
    }

    /// <summary>The name of the step at <paramref name="index"/>, or null past the end.</summary>
    public string? StepName(int index) => index >= 0 && index < StepList.Count ? StepList[index].Name : null;

    /// <summary>Runs the named step of this dialog, which must be the active one (after <see cref="DialogContext.PopToRoot"/>).</summary>
    protected Task<DialogTurnResult> RunStepAsync(DialogContext dc, string stepName, CancellationToken cancellationToken)
        => RunStepAsync(dc, IndexOf(stepName), null, cancellationToken);

    internal Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, object? result, CancellationToken cancellationToken)
    {
        if (index >= StepList.Count)
        {
            return dc.EndDialogAsync(result, cancellationToken);
        }

        dc.ReplaceActive(dc.Active with { Step = index });
        return StepList[index].Run(new WaterfallStep<TState>(this, dc, index, result), cancellationToken);
    }
}
