namespace AlignmentBot.Conversations.Dialogs;

/// <summary>
/// How well a message answers the question that waits for it. The turn handler weighs this against how the message
/// reads on its own: a message that does not answer (or only weakly) and is plainly a question or another request is
/// handled first as a side trip, then the question comes back.
/// </summary>
public enum AnswerFit
{
    /// <summary>Nothing in it the question could use: no date at the deadline question, no yes or no at a confirm.</summary>
    None = 0,

    /// <summary>Could be taken as the answer, but is not clearly one: any words at a free-text question, a bare number at a summary card.</summary>
    Weak = 1,

    /// <summary>The answer: a date at the deadline question, a listed choice, a reason by name, a correction said as one.</summary>
    Strong = 2,
}
