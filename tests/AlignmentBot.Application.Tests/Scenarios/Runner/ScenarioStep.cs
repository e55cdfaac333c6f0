namespace AlignmentBot.Application.Tests.Scenarios.Runner;

/// <summary>One line of a scenario: something a person does, or something that must hold afterwards.</summary>
public abstract record ScenarioStep(int Line);
