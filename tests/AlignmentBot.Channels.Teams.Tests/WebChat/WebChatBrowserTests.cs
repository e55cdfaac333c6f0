using AlignmentBot.Channels.Teams.Tests.Support;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using Microsoft.Playwright;

namespace AlignmentBot.Channels.Teams.Tests.WebChat;

/// <summary>A person using the local web chat in a real browser, against the real host with a scripted bot.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WebChatBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly ScriptedBot _bot = new() { Answer = Answer };
    private WebChatHost _host = null!;
    private IBrowserContext _context = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        _host = new WebChatHost(_bot);
        _context = await browser.Browser.NewContextAsync();
        _page = await _context.NewPageAsync();
        _page.SetDefaultTimeout(15_000);
        await _page.GotoAsync(_host.BaseUrl + "/");
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task OpenPage_BotGreetsFirst_AsWhenItIsAddedToAConversation()
    {
        await Assertions.Expect(Transcript()).ToContainTextAsync("Hi, I'm the test bot.");

        var turn = _bot.Turns.First();
        Assert.Equal(ActivityKind.ConversationStarted, turn.Kind);
        Assert.Equal("webchat", turn.Conversation.ChannelId);
        Assert.Equal("local", turn.Conversation.WorkspaceId);
    }

    [Fact]
    public async Task CardWithInputs_PressConfirm_SubmissionReachesTheBotAndTheCardIsReplaced()
    {
        await SayAsync("new goal");
        var card = _page.Locator(".card").Last;
        await Assertions.Expect(card).ToContainTextAsync("Define a goal");

        await card.GetByLabel("Marketing qualified leads").CheckAsync();
        await card.GetByLabel("Target").FillAsync("240");
        await card.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();

        await Assertions.Expect(Transcript()).ToContainTextAsync("✓ Goal saved: mql to 240");
        await Assertions.Expect(Transcript()).ToContainTextAsync("Saved. Ask me \"is marketing working?\" any time.");
        await Assertions.Expect(_page.GetByRole(AriaRole.Button, new() { Name = "Confirm" })).ToHaveCountAsync(0);
        var submission = _bot.Turns.Last(t => t.Kind == ActivityKind.Submission).Submission!;
        Assert.Equal("goal.confirm", submission.Verb);
        Assert.Equal("goal-draft-1", submission.CardId);
        Assert.Equal("mql", submission.Value("metric"));
        Assert.Equal("240", submission.Value("target"));
        Assert.Equal("d-1", submission.Value("draft"));
        await ScreenshotAsync("webchat-goal-confirmed");
    }

    [Fact]
    public async Task RequiredInputEmpty_PressConfirm_ShowsTheErrorAndSendsNothing()
    {
        await SayAsync("new goal");
        var card = _page.Locator(".card").Last;
        await card.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();

        await Assertions.Expect(card.GetByText("Enter target as a number.")).ToBeVisibleAsync();
        Assert.DoesNotContain(_bot.Turns, t => t.Kind == ActivityKind.Submission);
    }

    [Fact]
    public async Task BotReportsInputErrors_TheyAreShownAsAReply()
    {
        await SayAsync("new goal");
        var card = _page.Locator(".card").Last;
        await card.GetByLabel("Revenue").CheckAsync();
        await card.GetByLabel("Target").FillAsync("-5");
        await card.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();

        await Assertions.Expect(Transcript()).ToContainTextAsync("The target must be above zero.");
    }

    [Fact]
    public async Task Scorecard_RendersAsATableWithEveryGoal()
    {
        await SayAsync("is marketing working?");

        var table = _page.Locator(".card table").Last;
        await Assertions.Expect(table).ToContainTextAsync("Marketing qualified leads");
        await Assertions.Expect(table.Locator("tr")).ToHaveCountAsync(5);
        await Assertions.Expect(table.Locator("th").First).ToHaveTextAsync("Goal");
        await ScreenshotAsync("webchat-scorecard");
    }

    [Fact]
    public async Task Markdown_BoldAndLineBreaks_RenderAndHtmlIsEscaped()
    {
        await SayAsync("format");

        var reply = _page.Locator(".message.bot").Last;
        await Assertions.Expect(reply.Locator("strong")).ToHaveTextAsync("4 of 7");
        await Assertions.Expect(reply).ToContainTextAsync("<script>alert(1)</script>");
        Assert.Equal(0, await _page.Locator(".message.bot script").CountAsync());
    }

    private static TurnResult Answer(IncomingActivity turn) => turn switch
    {
        { Kind: ActivityKind.ConversationStarted } => TurnResult.Reply("Hi, I'm the test bot."),
        { Kind: ActivityKind.Submission, Submission: { Verb: "goal.confirm" } s } when !decimal.TryParse(s.Value("target"), out var t) || t <= 0
            => new TurnResult([], InputErrors: new Dictionary<string, string> { ["target"] = "The target must be above zero." }),
        { Kind: ActivityKind.Submission, Submission: { Verb: "goal.confirm" } s }
            => new TurnResult(["Saved. Ask me \"is marketing working?\" any time."], ReplaceCard: new OutgoingMessage($"✓ Goal saved: {s.Value("metric")} to {s.Value("target")}")),
        { Text: "new goal" } => TurnResult.Reply(new OutgoingMessage("Define a goal", new Card(
            "Define a goal",
            [
                new ChoiceInput("metric", "Metric", [new Choice("Marketing qualified leads", "mql"), new Choice("Revenue", "revenue")], Required: true),
                new TextInput("target", "Target", Required: true, Kind: InputKind.Number),
            ],
            [
                new CardAction("Confirm", "goal.confirm", new Dictionary<string, string> { ["draft"] = "d-1" }, ActionStyle.Primary),
                new CardAction("Change", "goal.change"),
            ],
            Id: "goal-draft-1"))),
        { Text: "is marketing working?" } => TurnResult.Reply(new OutgoingMessage("Scorecard", SampleCards.Scorecard())),
        { Text: "format" } => TurnResult.Reply("**4 of 7** goals on track.\nNext line <script>alert(1)</script>"),
        _ => TurnResult.Reply($"echo: {turn.Text}"),
    };

    private ILocator Transcript() => _page.Locator("#transcript");

    private async Task SayAsync(string text)
    {
        await Assertions.Expect(Transcript()).ToContainTextAsync("Hi, I'm the test bot.");
        await _page.GetByLabel("Message").FillAsync(text);
        await _page.GetByLabel("Message").PressAsync("Enter");
    }

    private async Task ScreenshotAsync(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await _page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
