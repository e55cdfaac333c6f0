namespace AlignmentBot.Application.Tests.Scenarios.Runner;

/// <summary><c>restart</c>: the host restarts; only what is in the database survives.</summary>
public sealed record RestartStep(int Line) : ScenarioStep(Line);
