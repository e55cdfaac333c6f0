using System.Text.Json;

namespace AlignmentBot.Conversations.Dialogs;

/// <summary>A unit of conversation that can span turns. Lives on the stack as a <see cref="DialogFrame"/>.</summary>
public abstract class Dialog(string id)
{
    public string Id { get; } = id;

    /// <summary>What the person and the bot are doing, for messages: "defining a goal".</summary>
    public virtual string Description => "what we were doing";

    /// <summary>Version of this dialog's state shape. Bump it when the state record changes incompatibly.</summary>
    public abstract int StateVersion { get; }

    /// <summary>The state a new frame starts with.</summary>
    public abstract JsonElement InitialState(object? options);

    public abstract Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken);

    public abstract Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken);

    /// <summary>A child dialog ended with <paramref name="result"/>.</summary>
    public virtual Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
        => dc.EndDialogAsync(result, cancellationToken);

    /// <summary>
    /// How well <paramref name="text"/>, typed while this dialog waits, answers what it asked. A prompt says it from its
    /// own reader; a dialog that takes corrections at any step says it for its draft. Reading only, never a change.
    /// </summary>
    public virtual AnswerFit Fit(DialogContext dc, string text) => AnswerFit.None;

    /// <summary>
    /// What the draft is about, for a side trip that leaves it unsaid ("is 260 a month realistic?" while defining an MQL
    /// goal is about MQLs): a metric key, or null.
    /// </summary>
    public virtual string? Topic(DialogContext dc) => null;

    /// <summary>Ask the current question again (after an interruption such as help).</summary>
    public virtual Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// The person dropped the dialog (cancel, start over, the idle timeout) with <paramref name="frame"/> on the stack:
    /// whatever it kept before it ended is taken back here, so "nothing was saved" stays true. A side trip that puts the
    /// dialog back afterwards does not drop it.
    /// </summary>
    public virtual Task DroppedAsync(DialogContext dc, DialogFrame frame, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Reads state written by an older version of this dialog. Return null when it cannot be read: the dialog is
    /// then dropped and the person told to start it again — never a cast that fails at runtime.
    /// </summary>
    public virtual JsonElement? Upgrade(int fromVersion, JsonElement state) => null;
}
