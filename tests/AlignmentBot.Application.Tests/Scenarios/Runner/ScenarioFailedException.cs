namespace AlignmentBot.Application.Tests.Scenarios.Runner;

/// <summary>An expectation of a scenario did not hold.</summary>
public sealed class ScenarioFailedException(int line, string cause, string message) : Exception(message)
{
    public int Line { get; } = line;

    public string Cause { get; } = cause;
}
