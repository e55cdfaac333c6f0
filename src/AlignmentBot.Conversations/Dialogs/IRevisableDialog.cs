namespace AlignmentBot.Conversations.Dialogs;

/// <summary>
/// A dialog that gathers a draft and accepts corrections to it at any step, the confirm card included
/// ("actually 300", "make it June", "owner is Priya"). The turn handler offers every typed message to the root
/// dialog first; when the dialog takes it as a correction it updates the draft and moves on, and the waiting
/// question does not see the message.
/// </summary>
public interface IRevisableDialog
{
    /// <returns>
    /// True when the text was taken as a correction (or as an answer that also corrected something) and the dialog moved
    /// on. False when it was not, or when the dialog updated its draft and the waiting question should still read the text.
    /// </returns>
    Task<bool> ReviseAsync(DialogContext dc, string text, CancellationToken cancellationToken);
}
