using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Dialogs.Prompts;
using AlignmentBot.Conversations.Understanding;

namespace AlignmentBot.Conversations.Tests.Dialogs;

public sealed class PromptTests
{
    private static readonly DialogSet Prompts = new DialogSet()
        .Add(new TextPrompt()).Add(new NumberPrompt()).Add(new MoneyPrompt()).Add(new PercentagePrompt())
        .Add(new DatePrompt()).Add(new ChoicePrompt()).Add(new ConfirmPrompt());

    [Fact]
    public async Task Number_InWords_IsRecognised()
    {
        var p = new PromptHarness(Prompts);
        await p.BeginAsync(NumberPrompt.DefaultId, new PromptOptions("How many?"));

        await p.SayAsync("one hundred and twenty");

        Assert.Equal((DialogStatus.Complete, (object?)120m), (p.Status, p.Result));
    }

    [Fact]
    public async Task Number_NotANumber_IsReaskedWithTheReasonThenAccepted()
    {
        var p = new PromptHarness(Prompts);
        await p.BeginAsync(NumberPrompt.DefaultId, new PromptOptions("How many MQLs?"));

        await p.SayAsync("loads");
        Assert.Equal(DialogStatus.Waiting, p.Status);
        Assert.StartsWith("I couldn't find a number in \"loads\". How many MQLs?", p.Sent[^1], StringComparison.Ordinal);

        await p.SayAsync("42");
        Assert.Equal(42m, p.Result);
    }

    [Fact]
    public async Task Number_BelowMinimum_ExplainsTheRange()
    {
        var p = new PromptHarness(Prompts);
        await p.BeginAsync(NumberPrompt.DefaultId, new PromptOptions("How many?", Min: 1, Max: 100));

        await p.SayAsync("500");

        Assert.Contains("above the highest I can accept (100)", p.Sent[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyPrompt_TooManyUnusableAnswers_EndsWithPromptFailedInsteadOfLooping()
    {
        var p = new PromptHarness(Prompts);
        await p.BeginAsync(NumberPrompt.DefaultId, new PromptOptions("How many?", MaxAttempts: 2));

        await p.SayAsync("no idea what you mean");
        await p.SayAsync("still no");

        Assert.Equal(DialogStatus.Complete, p.Status);
        Assert.Equal(new PromptFailed(NumberPrompt.DefaultId, 2), p.Result);
    }

    [Fact]
    public async Task Skippable_DontKnow_EndsWithPromptSkipped()
    {
        var p = new PromptHarness(Prompts);
        await p.BeginAsync(NumberPrompt.DefaultId, new PromptOptions("Where is it today?", Skippable: true));

        await p.SayAsync("don't know");

        Assert.IsType<PromptSkipped>(p.Result);
    }

    [Theory]
    [InlineData("2", "marketing")]
    [InlineData("Sales", "sales")]
    [InlineData("I'm the CMO", "marketing")]
    [InlineData("marketing I guess", "marketing")]
    public async Task Choice_ByNumberTitleSynonymOrContainedWord_IsRecognised(string answer, string expected)
    {
        var p = new PromptHarness(Prompts);
        await p.BeginAsync(ChoicePrompt.DefaultId, new PromptOptions("Role?", [new("Leadership", "leadership"), new("Marketing", "marketing", ["cmo"]), new("Sales", "sales")]));

        await p.SayAsync(answer);

        Assert.Equal(expected, p.Result);
    }

    [Fact]
    public async Task Choice_ButtonPress_IsRecognisedAndRendersButtons()
    {
        var p = new PromptHarness(Prompts);
        await p.BeginAsync(ChoicePrompt.DefaultId, new PromptOptions("Role?", [new("Leadership", "leadership"), new("Sales", "sales")]));
        Assert.Contains("1. Leadership", p.Sent[0], StringComparison.Ordinal);

        await p.PressAsync("sales");

        Assert.Equal("sales", p.Result);
    }

    [Theory]
    [InlineData("markting lead", "ml")]
    [InlineData("salse, I'm an AE", "rep")]
    [InlineData("I'm an acount executive", "rep")]
    [InlineData("leadershp", "lead")]
    public async Task Choice_OneTypoOrAPhraseInsideALongerOne_IsTheIntendedChoice(string answer, string expected)
    {
        var p = new PromptHarness(Prompts);
        await p.BeginAsync(ChoicePrompt.DefaultId, new PromptOptions("Role?",
            [new("Leadership", "lead", ["executive"]), new("Marketing lead", "ml"), new("Sales rep", "rep", ["sales", "account executive"])]));

        await p.SayAsync(answer);

        Assert.Equal(expected, p.Result);
    }

    [Theory]
    [InlineData("the robotics one", 1)]
    [InlineData("the second one", 1)]
    [InlineData("the last one", 2)]
    [InlineData("Labs", 2)]
    // The company said whole with the reason after it: the word every option has does not stop the one only one has.
    [InlineData("Aperture Labs, wrong fit", 2)]
    [InlineData("Aperture Robotics, wrong contact", 1)]
    [InlineData("aperture logistics - no budget", 0)]
    public void Pick_ByAWordOnlyOneOptionHasOrByPlace(string answer, int expected)
        => Assert.Equal(expected, ChoicePicking.Pick(answer, ["DEMO-1087 Aperture Logistics", "DEMO-1167 Aperture Robotics", "DEMO-1127 Aperture Labs"]));

    [Theory]
    [InlineData("the Aperture one")]
    [InlineData("no idea")]
    public void Pick_AWordEveryOptionHasOrNone_PicksNothing(string answer)
        => Assert.Null(ChoicePicking.Pick(answer, ["DEMO-1087 Aperture Logistics", "DEMO-1167 Aperture Robotics", "DEMO-1127 Aperture Labs"]));

    [Fact]
    public async Task Choice_AmbiguousAnswer_IsNotGuessed()
    {
        var p = new PromptHarness(Prompts);
        await p.BeginAsync(ChoicePrompt.DefaultId, new PromptOptions("Which?", [new("Sales leads", "a"), new("Marketing leads", "b")]));

        await p.SayAsync("leads");

        Assert.Equal(DialogStatus.Waiting, p.Status);
    }

    [Theory]
    [InlineData("yep", true)]
    [InlineData("sure, go ahead", true)]
    [InlineData("no thanks", false)]
    public async Task Confirm_Words_AreRecognised(string answer, bool expected)
    {
        var p = new PromptHarness(Prompts);
        await p.BeginAsync(ConfirmPrompt.DefaultId, new PromptOptions("Save it?"));

        await p.SayAsync(answer);

        Assert.Equal(expected, p.Result);
    }

    [Fact]
    public async Task Date_PastDate_IsRefusedAndAFutureOneAccepted()
    {
        var p = new PromptHarness(Prompts);
        await p.BeginAsync(DatePrompt.DefaultId, new PromptOptions("By when?"));

        await p.SayAsync("yesterday");
        Assert.Contains("in the past", p.Sent[^1], StringComparison.Ordinal);

        await p.SayAsync("end of Q3");
        Assert.Equal(new DateOnly(2027, 9, 30), p.Result);
    }

    [Fact]
    public async Task Money_OtherCurrency_IsRefusedWithTheWorkspaceCurrency()
    {
        var p = new PromptHarness(Prompts);
        await p.BeginAsync(MoneyPrompt.DefaultId, new PromptOptions("How much?", Currency: "USD"));

        await p.SayAsync("€500");
        Assert.Contains("please give the amount in USD", p.Sent[^1], StringComparison.Ordinal);

        await p.SayAsync("400k");
        Assert.Equal(new MoneyValue(400_000, "USD"), p.Result);
    }

    [Fact]
    public async Task Percentage_OverOneHundred_IsRefused()
    {
        var p = new PromptHarness(Prompts);
        await p.BeginAsync(PercentagePrompt.DefaultId, new PromptOptions("Which rate?"));

        await p.SayAsync("120%");
        Assert.Equal(DialogStatus.Waiting, p.Status);

        await p.SayAsync("85%");
        Assert.Equal(85m, p.Result);
    }
}
