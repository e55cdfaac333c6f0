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

    [Fact(Skip = "needs goal dialog: the registered IBot only greets until the lead's dialogs land; then delete this Skip")]
    public async Task DefineAGoalThroughTheButtons_ThenTheScorecardShowsIt()
    {
        await Assertions.Expect(_page.Locator(".message.bot").First).ToBeVisibleAsync();
        await SayAsync("we need more leads");

        // The dialog asks only for what is missing (metric, target, deadline, owner...), each as a card with
        // choices or inputs, until it shows the confirmation card with Confirm / Change.
        var confirm = _page.GetByRole(AriaRole.Button, new() { Name = "Confirm", Exact = true });
        for (var question = 0; question < 10 && await confirm.CountAsync() == 0; question++)
        {
            await AnswerLastCardAsync();
        }

        var confirmation = _page.Locator(".card").Filter(new() { Has = confirm });
        await Assertions.Expect(confirmation.GetByRole(AriaRole.Button, new() { Name = "Change", Exact = true })).ToBeVisibleAsync();
        var title = await confirmation.Locator("p").First.InnerTextAsync();
        await confirm.ClickAsync();

        // The confirmation card is replaced by a saved notice without buttons.
        await Assertions.Expect(confirm).ToHaveCountAsync(0);
        await Assertions.Expect(_page.Locator("#transcript")).ToContainTextAsync(SavedPattern());

        await SayAsync("is marketing working?");
        var table = _page.Locator(".card table").Last;
        await Assertions.Expect(table).ToBeVisibleAsync();
        await Assertions.Expect(table).ToContainTextAsync(MetricPattern());
        Assert.False(string.IsNullOrWhiteSpace(title));
    }

    private async Task AnswerLastCardAsync()
    {
        var before = await _page.Locator(".card").CountAsync();
        var card = _page.Locator(".card").Last;
        foreach (var radio in await card.Locator(".choices").AllAsync())
        {
            var preferred = radio.GetByLabel(MetricPattern());
            await (await preferred.CountAsync() > 0 ? preferred.First : radio.Locator("input[type=radio]").First).CheckAsync();
        }

        foreach (var field in await card.Locator(".field").AllAsync())
        {
            if (!string.IsNullOrEmpty(await field.InputValueAsync()))
            {
                continue;
            }

            var type = await field.GetAttributeAsync("type");
            var tag = await field.EvaluateAsync<string>("e => e.tagName");
            if (tag == "SELECT")
            {
                await field.SelectOptionAsync(new SelectOptionValue { Index = 1 });
            }
            else
            {
                await field.FillAsync(type switch { "number" => "240", "date" => DateTime.Today.AddMonths(6).ToString("yyyy-MM-dd"), _ => "Marco Silva" });
            }
        }

        await card.Locator(".actions button").First.ClickAsync();
        await Assertions.Expect(_page.Locator(".card")).Not.ToHaveCountAsync(before - 1);
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

    [GeneratedRegex("marketing qualified leads|MQL", RegexOptions.IgnoreCase)]
    private static partial Regex MetricPattern();
}
