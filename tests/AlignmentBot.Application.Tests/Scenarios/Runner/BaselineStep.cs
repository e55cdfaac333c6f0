namespace AlignmentBot.Application.Tests.Scenarios.Runner;

/// <summary><c>baseline</c>: the state now is what later "unchanged", "new" and "changed" compare with.</summary>
public sealed record BaselineStep(int Line) : ScenarioStep(Line);
