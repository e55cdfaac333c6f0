using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Dialogs.Prompts;

namespace AlignmentBot.Conversations.Tests.Dialogs;

/// <summary>How well a message answers the question that waits: the half of the side-trip decision each prompt owns.</summary>
public sealed class AnswerFitTests
{
    private static readonly DialogSet Prompts = new DialogSet()
        .Add(new TextPrompt()).Add(new NumberPrompt()).Add(new DatePrompt()).Add(new ChoicePrompt()).Add(new ConfirmPrompt());

    private static readonly IReadOnlyList<PromptChoice> Goals = [new("Marketing qualified leads", "mql"), new("Cost per lead", "cpl"), new("None of these", "none")];

    [Theory]
    [InlineData("end of Q2", AnswerFit.Strong)]
    [InlineData("is end of June ok?", AnswerFit.Strong)]
    [InlineData("show me the scorecard first", AnswerFit.None)]
    [InlineData("wait, is 260 a month even realistic?", AnswerFit.None)]
    public async Task Date_FitsWhatItsReaderTakes(string text, AnswerFit expected)
    {
        var p = new PromptHarness(Prompts);
        await p.BeginAsync(DatePrompt.DefaultId, new PromptOptions("By when?"));

        Assert.Equal(expected, p.Fit(text));
    }

    [Theory]
    [InlineData("Marketing qualified leads", AnswerFit.Strong)]
    [InlineData("the MQL one?", AnswerFit.Strong)]
    [InlineData("2", AnswerFit.Strong)]
    [InlineData("hang on, is marketing working?", AnswerFit.Weak)]
    [InlineData("checking in: 47 marketing qualified leads this week", AnswerFit.Weak)]
    [InlineData("show me the SLA", AnswerFit.None)]
    public async Task Choice_SaidOnItsOwnIsStrong_InsideAnotherSentenceWeak(string text, AnswerFit expected)
    {
        var p = new PromptHarness(Prompts);
        await p.BeginAsync(ChoicePrompt.DefaultId, new PromptOptions("Which goal does it serve?", Goals));

        Assert.Equal(expected, p.Fit(text));
    }

    [Theory]
    [InlineData("me", AnswerFit.Strong)]
    [InlineData("maybe Priya?", AnswerFit.Strong)]
    [InlineData("Priya Natarajan", AnswerFit.Strong)]
    [InlineData("show me the SLA", AnswerFit.None)]
    [InlineData("who owns the CPL goal again?", AnswerFit.None)]
    public async Task Person_AShortNameIsStrong_AQuestionOrCommandIsNot(string text, AnswerFit expected)
    {
        var p = new PromptHarness(Prompts);
        await p.BeginAsync(TextPrompt.DefaultId, new PromptOptions("Who owns this goal?", Expects: AnswerKind.Person));

        Assert.Equal(expected, p.Fit(text));
    }

    [Theory]
    [InlineData("how about 95 a month?", AnswerFit.Strong)]
    [InlineData("how many SQLs are we getting right now?", AnswerFit.None)]
    [InlineData("250 a month by end of Q3, and I'll own it", AnswerFit.Weak)]
    public async Task Number_ANumberFits_ShortIsStrong(string text, AnswerFit expected)
    {
        var p = new PromptHarness(Prompts);
        await p.BeginAsync(TextPrompt.DefaultId, new PromptOptions("What should the target be?", Expects: AnswerKind.Number));

        Assert.Equal(expected, p.Fit(text));
    }

    [Fact]
    public async Task Text_AnyWordsAreAWeakAnswer()
    {
        var p = new PromptHarness(Prompts);
        await p.BeginAsync(TextPrompt.DefaultId, new PromptOptions("What was asked for?"));

        Assert.Equal(AnswerFit.Weak, p.Fit("a one-pager for the expo"));
    }

    [Theory]
    [InlineData("maybe Priya?")]
    [InlineData("ok Priya then")]
    [InlineData("fine, Priya")]
    [InlineData("alright Priya I guess")]
    public async Task Person_AnAnswerOfferedAsAQuestion_IsTheAnswerWithoutTheHedge(string said)
    {
        var p = new PromptHarness(Prompts);
        await p.BeginAsync(TextPrompt.DefaultId, new PromptOptions("Who owns this goal?", Expects: AnswerKind.Person));

        await p.SayAsync(said);

        Assert.Equal("Priya", p.Result);
    }

    [Theory]
    [InlineData("oh and MQLs this week are 49")]
    [InlineData("we got 51 marketing qualified leads this week")]
    public async Task Choice_ANumberNoChoiceHolds_IsAWeakAnswer(string text)
    {
        var p = new PromptHarness(Prompts);
        await p.BeginAsync(ChoicePrompt.DefaultId, new PromptOptions("Which goal does it serve?", [new("Marketing qualified leads (240 per month)", "5e49a1c0-d149-4f49-b149-0c92d1490000", ["MQLs", "MQL"]), .. Goals]));

        Assert.Equal(AnswerFit.Weak, p.Fit(text));
    }

    [Fact]
    public async Task Confirm_YesIsStrong_AQuestionIsNone()
    {
        var p = new PromptHarness(Prompts);
        await p.BeginAsync(ConfirmPrompt.DefaultId, new PromptOptions("Delete it?"));

        Assert.Equal(AnswerFit.Strong, p.Fit("yes"));
        Assert.Equal(AnswerFit.None, p.Fit("what's on the scorecard?"));
    }
}
