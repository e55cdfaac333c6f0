namespace AlignmentBot.Domain.Leads;

public sealed record SlaConfirmation(string UserId, string Name, DateTimeOffset At);
