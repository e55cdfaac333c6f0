using Microsoft.Playwright;

namespace AlignmentBot.Channels.Teams.Tests.WebChat;

/// <summary>
/// One headless Chromium for the browser tests: Debian's package (.ci/run installs it), never Playwright's own
/// download, which cannot reach the internet here. A missing browser fails the tests with the fix in the message.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string DefaultExecutable = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("ALIGNMENTBOT_CHROMIUM") ?? DefaultExecutable;
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Chromium not found at {executable}. Install it with `apt-get install chromium` (.ci/run does) or set ALIGNMENTBOT_CHROMIUM.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

/// <summary>
/// Runs alone: WebApplicationFactory finds the host to test by listening for any host being built in the process,
/// so a stand-in server built by a parallel test at the same moment could be taken for it.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
