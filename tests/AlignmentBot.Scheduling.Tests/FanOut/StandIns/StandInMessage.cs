namespace AlignmentBot.Scheduling.Tests.FanOut.StandIns;

/// <summary>A message a stand-in accepted: where it went and which digest card it carried.</summary>
public sealed record StandInMessage(string Workspace, string Conversation, string? CardId, string Id, DateTimeOffset At);
