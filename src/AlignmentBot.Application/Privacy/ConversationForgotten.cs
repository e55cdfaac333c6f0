namespace AlignmentBot.Application.Privacy;

/// <summary>Attached to a turn in which its person was forgotten: the turn handler deletes the conversation's state instead of saving it.</summary>
public sealed record ConversationForgotten;
