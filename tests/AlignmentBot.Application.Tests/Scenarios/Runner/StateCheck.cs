namespace AlignmentBot.Application.Tests.Scenarios.Runner;

/// <summary><c>expect ...</c>: a check on stored state through the application's ports.</summary>
public sealed record StateCheck(int Line, StateExpectation Expectation) : ScenarioStep(Line);
