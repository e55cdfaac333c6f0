namespace AlignmentBot.Application.Tests.Scenarios.Runner;

/// <summary><c>wait 31m</c>: the fake clock moves on.</summary>
public sealed record WaitStep(int Line, TimeSpan Time) : ScenarioStep(Line);
