namespace AlignmentBot.Conversations.Dialogs;

/// <summary>The dialog stack during one turn: begin, continue, end, cancel.</summary>
public sealed class DialogContext(DialogSet dialogs, ConversationState state, DialogTurn turn)
{
    private readonly List<DialogFrame> _stack = [.. state.Stack];

    public DialogTurn Turn { get; } = turn;

    public DialogSet Dialogs { get; } = dialogs;

    public bool IsActive => _stack.Count > 0;

    /// <summary>The outermost frame (e.g. the goal dialog's state while a prompt waits above it).</summary>
    public DialogFrame? RootFrame => _stack.Count > 0 ? _stack[0] : null;

    public DialogFrame Active => _stack.Count > 0 ? _stack[^1] : throw new InvalidOperationException("No dialog is active.");

    public Dialog? ActiveDialog => _stack.Count > 0 ? Dialogs.Find(_stack[^1].DialogId) : null;

    /// <summary>The outermost dialog, e.g. the goal dialog under the prompt it is waiting on.</summary>
    public Dialog? RootDialog => _stack.Count > 0 ? Dialogs.Find(_stack[0].DialogId) : null;

    public string? PendingText { get; set; } = state.PendingText;

    /// <summary>The last thing this conversation recorded (see <see cref="RecentAction"/>).</summary>
    public RecentAction? Recent { get; set; } = state.Recent;

    /// <summary>A dialog put aside by a side trip that opened another; it comes back when that one ends (<see cref="ConversationState.Aside"/>).</summary>
    public IReadOnlyList<DialogFrame>? Aside { get; set; } = state.Aside;

    public ConversationState ToState(DateTimeOffset now) => new(ConversationState.CurrentSchemaVersion, _stack.ToArray(), now, PendingText, Recent, Aside is { Count: > 0 } ? Aside : null);

    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        var dialog = Dialogs.Get(dialogId);
        _stack.Add(new DialogFrame(dialogId, dialog.StateVersion, 0, dialog.InitialState(options)));
        return await dialog.BeginAsync(this, options, cancellationToken);
    }

    /// <summary>Runs the active dialog with this turn's input.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken)
    {
        if (_stack.Count == 0)
        {
            return new DialogTurnResult(DialogStatus.Complete);
        }

        var frame = _stack[^1];
        var dialog = Dialogs.Find(frame.DialogId);
        if (dialog is null || (frame.StateVersion != dialog.StateVersion && !TryUpgrade(dialog, frame)))
        {
            var what = RootDialog?.Description ?? "what we were doing";
            CancelAll();
            Turn.Send($"I was updated since we last spoke and can't pick up {what} where we left off. Nothing half-finished was saved; let's start it again.");
            return DialogTurnResult.Cancelled;
        }

        return await dialog.ContinueAsync(this, cancellationToken);
    }

    /// <summary>Pops the active dialog and hands <paramref name="result"/> to its parent, which may end in turn.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken cancellationToken)
    {
        if (_stack.Count > 0)
        {
            _stack.RemoveAt(_stack.Count - 1);
        }

        if (_stack.Count == 0)
        {
            return new DialogTurnResult(DialogStatus.Complete, result);
        }

        var parent = Dialogs.Get(_stack[^1].DialogId);
        return await parent.ResumeAsync(this, result, cancellationToken);
    }

    public async Task RepromptAsync(CancellationToken cancellationToken)
    {
        if (ActiveDialog is { } dialog)
        {
            await dialog.RepromptAsync(this, cancellationToken);
        }
    }

    public void CancelAll() => _stack.Clear();

    /// <summary>
    /// Clears the stack because the person dropped what it held (see <see cref="Dialog.DroppedAsync"/>), and the frames
    /// put aside too when <paramref name="withAside"/>; each dropped dialog takes back what it kept.
    /// </summary>
    public async Task DropAllAsync(CancellationToken cancellationToken, bool withAside = false)
    {
        var frames = withAside && Aside is { } aside ? [.. _stack, .. aside] : _stack.ToArray();
        _stack.Clear();
        if (withAside)
        {
            Aside = null;
        }

        foreach (var frame in frames)
        {
            if (Dialogs.Find(frame.DialogId) is { } dialog)
            {
                await dialog.DroppedAsync(this, frame, cancellationToken);
            }
        }
    }

    /// <summary>The stack as it is now, to put back with <see cref="Restore"/> after a side trip.</summary>
    public IReadOnlyList<DialogFrame> Frames => _stack.ToArray();

    public void Restore(IReadOnlyList<DialogFrame> frames)
    {
        _stack.Clear();
        _stack.AddRange(frames);
    }

    /// <summary>Replaces the outermost frame (a draft corrected while a prompt waits above it).</summary>
    public void ReplaceRoot(DialogFrame frame) => _stack[0] = frame;

    /// <summary>Drops every frame above the root (a waiting prompt), so the root dialog is active again.</summary>
    public void PopToRoot()
    {
        if (_stack.Count > 1)
        {
            _stack.RemoveRange(1, _stack.Count - 1);
        }
    }

    public void ReplaceActive(DialogFrame frame) => _stack[^1] = frame;

    private bool TryUpgrade(Dialog dialog, DialogFrame frame)
    {
        var upgraded = dialog.Upgrade(frame.StateVersion, frame.State);
        if (upgraded is null)
        {
            return false;
        }

        _stack[^1] = frame with { StateVersion = dialog.StateVersion, State = upgraded.Value };
        return true;
    }
}
