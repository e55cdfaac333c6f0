namespace AlignmentBot.Integrations.Crm.StandIns;

/// <summary>One request a stand-in served: what was asked and what it answered (bodies never hold a token).</summary>
public sealed record StandInCall(DateTimeOffset At, string Method, string Path, string? Body, int Status);
