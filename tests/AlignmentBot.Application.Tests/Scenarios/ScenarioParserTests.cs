using AlignmentBot.Application.Tests.Scenarios.Runner;

namespace AlignmentBot.Application.Tests.Scenarios;

public sealed class ScenarioParserTests
{
    private const string Sample = """
        # a comment
        scenario goals-001: CMO sets an MQL goal
        persona: marco, priya
        tags: define-goal, correction
        setup: empty
        channel: group marketing
        expects: I say what I want, answer what is missing
        expects: and nothing is saved before I confirm.
        > we need 240 MQLs a month
        ? (by when|deadline) => end of Q2
        ? (who|owner) => [Me]
        < confirm
        <! \$\s?90
        < [Confirm]
        expect no new goal
        priya> is marketing working?
        > [Save goal] target=300 | Deadline = 2027-06-30
        wait 31m
        restart
        marco> (added)
        expect new goal metric=mql target=300 per=month owner=priya deadline>=2027-06-01 asked~"240 MQLs"
        expect 2 new goals
        expect lead DEMO-1286 decision=rejected reason=wrong-fit
        expect digest here day=friday
        expect goals unchanged
        expect unchanged
        <<! \$\s?90
        baseline
        """;

    [Fact]
    public void Parse_EveryConstruct_ReadsStepsInOrder()
    {
        var (scenarios, errors) = ScenarioParser.Parse(Sample, "tuning/goals.scn");

        Assert.Empty(errors);
        var s = Assert.Single(scenarios);
        Assert.Equal(("goals-001", "CMO sets an MQL goal", "goals"), (s.Id, s.Title, s.Area));
        Assert.Equal(["marco", "priya"], s.Personas);
        Assert.Equal(["define-goal", "correction"], s.Tags);
        Assert.Equal(("empty", "group", "marketing"), (s.Setup, s.Channel, s.ChannelName));
        Assert.Equal("I say what I want, answer what is missing and nothing is saved before I confirm.", s.Expects);

        Assert.Equal(new SayStep(9, "marco", "we need 240 MQLs a month"), s.Steps[0]);
        var answers = Assert.IsType<AnswersStep>(s.Steps[1]);
        Assert.Equal([("(by when|deadline)", "end of Q2"), ("(who|owner)", "[Me]")], answers.Answers.Select(a => (a.Question, a.Reply)));
        Assert.Equal(new ReplyCheck(12, "confirm", Negated: false, Button: false), s.Steps[2]);
        Assert.Equal(new ReplyCheck(13, @"\$\s?90", Negated: true, Button: false), s.Steps[3]);
        Assert.Equal(new ReplyCheck(14, "Confirm", Negated: false, Button: true), s.Steps[4]);
        var none = Assert.IsType<StateCheck>(s.Steps[5]).Expectation;
        Assert.Equal(("goal", 0, "new"), (none.Kind, none.Count!.Value, none.Scope));
        Assert.Equal(new SayStep(16, "priya", "is marketing working?"), s.Steps[6]);
        var press = Assert.IsType<PressStep>(s.Steps[7]);
        Assert.Equal(("marco", "Save goal"), (press.Speaker, press.Title));
        Assert.Equal([new("target", "300"), new("Deadline", "2027-06-30")], press.Inputs);
        Assert.Equal(new WaitStep(18, TimeSpan.FromMinutes(31)), s.Steps[8]);
        Assert.IsType<RestartStep>(s.Steps[9]);
        Assert.Equal(new AddedStep(20, "marco"), s.Steps[10]);

        var goal = Assert.IsType<StateCheck>(s.Steps[11]).Expectation;
        Assert.Equal(("goal", (int?)null, "new", (string?)null), (goal.Kind, goal.Count, goal.Scope, goal.Id));
        Assert.Equal(
            [new("metric", "=", "mql"), new("target", "=", "300"), new("per", "=", "month"), new("owner", "=", "priya"), new("deadline", ">=", "2027-06-01"), new("asked", "~", "240 MQLs")],
            goal.Filters);
        Assert.Equal(2, Assert.IsType<StateCheck>(s.Steps[12]).Expectation.Count);
        var lead = Assert.IsType<StateCheck>(s.Steps[13]).Expectation;
        Assert.Equal(("lead", "DEMO-1286"), (lead.Kind, lead.Id));
        var digest = Assert.IsType<StateCheck>(s.Steps[14]).Expectation;
        Assert.Equal([new("here", "flag", string.Empty), new("day", "=", "friday")], digest.Filters);
        Assert.Equal(("goal", true), (Assert.IsType<StateCheck>(s.Steps[15]).Expectation.Kind, Assert.IsType<StateCheck>(s.Steps[15]).Expectation.Unchanged));
        Assert.Equal(("*", true), (Assert.IsType<StateCheck>(s.Steps[16]).Expectation.Kind, Assert.IsType<StateCheck>(s.Steps[16]).Expectation.Unchanged));
        Assert.Equal(new ReplyCheck(27, @"\$\s?90", Negated: true, Button: false, Anywhere: true), s.Steps[17]);
        Assert.Equal(new BaselineStep(28), s.Steps[18]);
    }

    [Fact]
    public void ParseExpectation_AgreementsUnchanged_ComparesTheSla()
    {
        // Held-out set 14 wrote "expect agreements unchanged"; it parsed, then crashed the run because no snapshot kind matched.
        Assert.Equal("sla", ScenarioParser.ParseExpectation("agreements unchanged").Kind);
    }

    [Theory]
    [InlineData("persona: marco\n> hi\n< x", "has no 'expects:'")]
    [InlineData("persona: nobody\nexpects: x\n> hi\n< x", "unknown persona 'nobody'")]
    [InlineData("persona: marco\nexpects: x\nsam> hi\n< x", "lets 'sam' speak")]
    [InlineData("persona: marco\nexpects: x\n> hi", "checks nothing")]
    [InlineData("persona: marco\nexpects: x\n> hi\nexpect goal target", "is not a check")]
    [InlineData("persona: marco\nexpects: x\n> hi\nexpect widgets unchanged", "'widgets' is not a kind")]
    [InlineData("persona: marco\nexpects: x\n> hi\nexpect reminders unchanged", "can't be compared")]
    [InlineData("persona: marco\nexpects: x\n> hi\n< (unclosed", "not a valid pattern")]
    [InlineData("persona: marco\nexpects: x\n> hi\nwait soon", "a wait is a number")]
    [InlineData("persona: marco\nexpects: x\nthe bot should answer", "I can't read")]
    public void Parse_Mistake_ReportedWithFileAndLine(string body, string problem)
    {
        var (scenarios, errors) = ScenarioParser.Parse("scenario s-1: a scenario\n" + body, "tuning/x.scn");

        Assert.Empty(scenarios);
        var error = Assert.Single(errors);
        Assert.Contains(problem, error, StringComparison.Ordinal);
        Assert.StartsWith("tuning/x.scn:", error, StringComparison.Ordinal);
    }
}
