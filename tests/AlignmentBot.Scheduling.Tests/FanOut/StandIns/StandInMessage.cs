namespace AlignmentBot.Scheduling.Tests.FanOut.StandIns;

/// <summary>A message a stand-in accepted: where it went, the id it answered with, and its notification text.</summary>
public sealed record StandInMessage(string Workspace, string Conversation, string Id, string? Text, DateTimeOffset At);
