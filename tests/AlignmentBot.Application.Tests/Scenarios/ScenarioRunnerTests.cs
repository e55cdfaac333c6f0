using AlignmentBot.Application.Tests.Scenarios.Runner;

namespace AlignmentBot.Application.Tests.Scenarios;

/// <summary>The runner itself: it must catch a wrong expectation, not only pass right ones.</summary>
public sealed class ScenarioRunnerTests
{
    [Fact]
    public async Task Run_WrongStateExpectation_FailsAtThatLineWithTheTranscript()
    {
        // Saying hello creates no goal, and the demo's MQL goal is 240 a month, not 999.
        var result = await RunAsync("""
            scenario self-1: a check that cannot hold
            persona: marco
            expects: hello changes nothing
            > hello
            expect goal demo:mql target=240 owner=marco
            expect goal demo:mql target=999
            """);

        Assert.False(result.Passed);
        Assert.Equal("state", result.Cause);
        Assert.StartsWith("line 6:", result.Failure, StringComparison.Ordinal);
        Assert.Contains("target=240", result.Failure, StringComparison.Ordinal);
        Assert.Contains("marco: hello", result.Transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WrongReplyExpectation_Fails()
    {
        var result = await RunAsync("""
            scenario self-2: a reply that is never said
            persona: marco
            expects: the bot answers hello
            > hello
            < zq7-never-said-by-anyone
            """);

        Assert.Equal(("reply", "line 5:"), (result.Cause, result.Failure![..7]));
    }

    [Fact]
    public async Task Run_ButtonNobodyOffers_Fails()
    {
        var result = await RunAsync("""
            scenario self-3: a button that is not there
            persona: marco
            expects: nothing to press
            > hello
            > [Launch the rockets]
            < anything
            """);

        Assert.Equal("button", result.Cause);
    }

    [Fact]
    public async Task Run_NewRecordExpectedWhereNoneWasMade_Fails()
    {
        var result = await RunAsync("""
            scenario self-4: no goal from a greeting
            persona: dana
            expects: hello saves nothing
            > hello
            expect new goal metric=mql
            """);

        Assert.Equal("state", result.Cause);
        Assert.Contains("found 0", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_CheckOnAFeatureNotBuilt_FailsAsNeedsAFeature()
    {
        var result = await RunAsync("""
            scenario self-5: a goal has no review date yet
            persona: alex
            expects: when the goal is next reviewed
            > hello
            expect goal demo:mql review-date=2027-01-01
            """);

        Assert.Equal("needs-feature", result.Cause);
    }

    [Fact]
    public async Task Run_TrueExpectationsOnSeededData_Passes()
    {
        var result = await RunAsync("""
            scenario self-6: what the demo holds
            persona: sam
            expects: the demo company is there
            > hello
            expect goal demo:followup owner=sam target=24 direction=decrease
            expect lead DEMO-1286 decision=pending company~Initech
            expect sla status=active leads=200 marketing=marco sales=sam
            expect no new goal
            expect person sam role=sales
            expect person jordan role=none
            """);

        Assert.True(result.Passed, result.Failure + "\n" + result.Transcript);
    }

    private static async Task<ScenarioResult> RunAsync(string text)
    {
        var (scenarios, errors) = ScenarioParser.Parse(text, "self.scn");
        Assert.Empty(errors);
        return await ScenarioRunner.RunAsync(Assert.Single(scenarios), CancellationToken.None);
    }
}
