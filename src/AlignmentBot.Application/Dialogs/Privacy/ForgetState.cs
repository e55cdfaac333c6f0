namespace AlignmentBot.Application.Dialogs.Privacy;

/// <summary>Whom "forget" is about, kept on the server between the question and the yes: no button carries it.</summary>
public sealed record ForgetState(string UserId, string Name, bool Self);
