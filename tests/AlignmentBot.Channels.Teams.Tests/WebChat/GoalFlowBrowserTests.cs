using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace AlignmentBot.Channels.Teams.Tests.WebChat;

/// <summary>The acceptance flow with the product's own bot: define a goal through the buttons, then see it in the scorecard.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class GoalFlowBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private WebChatHost _host = null!;
    private IBrowserContext _context = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        _host = new WebChatHost(bot: null);
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
    public async Task DefineAGoalThroughTheButtons_ThenTheScorecardShowsIt()
    {
        await Assertions.Expect(_page.Locator(".message.bot").First).ToBeVisibleAsync();
        await SayAsync("we need more leads");

        // First contact: the role is asked once, then the bot comes back to the ask. A loose "leads" may mean MQLs, SQLs or
        // raw leads, so it asks which number first.
        await PressAsync("Marketing lead");
        await Assertions.Expect(_page.Locator("#transcript")).ToContainTextAsync("Which number should this goal move?");
        await SayAsync("leads");
        await Assertions.Expect(_page.Locator("#transcript")).ToContainTextAsync("target for leads");

        // Only what is missing is asked: the target (typed), the starting point (no data yet), the deadline (a button).
        await SayAsync("250 a week");
        await Assertions.Expect(_page.Locator(".message.bot").Last).ToContainTextAsync("today");
        await SayAsync("180");
        await PressAsync("End of next quarter");

        // The owner is asked: "me" keeps it.
        await Assertions.Expect(_page.Locator("#transcript")).ToContainTextAsync("Who owns this goal?");
        await SayAsync("me");

        var confirm = _page.GetByRole(AriaRole.Button, new() { Name = "Confirm", Exact = true });
        var confirmation = _page.Locator(".card").Filter(new() { Has = confirm });
        await Assertions.Expect(confirmation.GetByRole(AriaRole.Button, new() { Name = "Change", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(confirmation).ToContainTextAsync("250");
        await confirm.ClickAsync();

        // The confirmation card is replaced by a saved notice without buttons.
        await Assertions.Expect(confirm).ToHaveCountAsync(0);
        await Assertions.Expect(_page.Locator("#transcript")).ToContainTextAsync(SavedPattern());

        await SayAsync("is marketing working?");
        var table = _page.Locator(".card table").Last;
        await Assertions.Expect(table).ToBeVisibleAsync();
        await Assertions.Expect(table).ToContainTextAsync(MetricPattern());
    }

    private async Task PressAsync(string title)
    {
        await _page.Locator(".card").Last.GetByRole(AriaRole.Button, new() { Name = title }).First.ClickAsync();
        await _page.WaitForFunctionAsync("() => document.getElementById('status').textContent === ''");
    }

    private async Task SayAsync(string text)
    {
        await _page.GetByLabel("Message").FillAsync(text);
        await _page.GetByLabel("Message").PressAsync("Enter");
        await _page.WaitForFunctionAsync("() => document.getElementById('status').textContent === ''");
    }

    [GeneratedRegex("saved", RegexOptions.IgnoreCase)]
    private static partial Regex SavedPattern();

    [GeneratedRegex("Leads", RegexOptions.None)]
    private static partial Regex MetricPattern();
}
