namespace AlignmentBot.Application.Tests.Scenarios.Runner;

/// <param name="Failure">The first expectation that did not hold, with the line it is on; null when the scenario passed.</param>
/// <param name="Cause">A coarse cause: reply, button, answer, state, needs-feature or crash.</param>
/// <param name="Transcript">The conversation up to the failure (or the whole of it).</param>
public sealed record ScenarioResult(Scenario Scenario, string? Failure, string? Cause, string Transcript, TimeSpan Elapsed)
{
    public bool Passed => Failure is null;
}
