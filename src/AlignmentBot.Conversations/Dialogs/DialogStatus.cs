namespace AlignmentBot.Conversations.Dialogs;

public enum DialogStatus
{
    /// <summary>The dialog asked something and waits for the next turn.</summary>
    Waiting,

    /// <summary>The dialog finished; <see cref="DialogTurnResult.Result"/> goes to its parent.</summary>
    Complete,

    /// <summary>The stack was emptied (cancel, error, timeout).</summary>
    Cancelled,
}
