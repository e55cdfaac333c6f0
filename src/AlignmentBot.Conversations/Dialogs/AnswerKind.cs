namespace AlignmentBot.Conversations.Dialogs;

/// <summary>
/// What a free-text question expects, so it can say how well a message answers it (<see cref="AnswerFit"/>) without
/// knowing the dialog that reads the answer. Prompts with a reader of their own (dates, numbers, choices, yes/no) know
/// already and leave this as <see cref="Text"/>.
/// </summary>
public enum AnswerKind
{
    /// <summary>Any words: a title, a note.</summary>
    Text = 0,

    /// <summary>A number or an amount ("250 a month", "24 hours", "$4k").</summary>
    Number = 1,

    /// <summary>A day ("end of Q2").</summary>
    Date = 2,

    /// <summary>Someone: a name, a mention, "me".</summary>
    Person = 3,

    /// <summary>Why: a reason, in a word or a sentence; the dialog that asks knows the named reasons.</summary>
    Reason = 4,
}
