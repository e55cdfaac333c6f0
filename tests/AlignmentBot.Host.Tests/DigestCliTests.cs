using Microsoft.Extensions.Time.Testing;

namespace AlignmentBot.Host.Tests;

/// <summary><c>digest list | preview | send | holidays</c> against a temp database.</summary>
public sealed class DigestCliTests : CliTest
{
    // The demo company is dated relative to "today", and so are the scorecard and the digest: a fixed day keeps their
    // verdicts (on track, off track, stale) the same whenever the tests run. Monday 23 November 2026, noon in New York.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 17, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task DemoThenDigestPreview_ABelievableDigestForEachAudience()
    {
        Assert.Equal(0, await RunAsync("demo"));
        Out.GetStringBuilder().Clear();

        Assert.Equal(0, await RunAsync("digest", "preview"));

        var text = Out.ToString();
        Assert.Contains("**Weekly alignment digest for leadership**", text, StringComparison.Ordinal);
        Assert.Contains("**Weekly alignment digest for marketing**", text, StringComparison.Ordinal);
        Assert.Contains("**Weekly alignment digest for sales**", text, StringComparison.Ordinal);
        Assert.Contains("Northwind Analytics (demo)", text, StringComparison.Ordinal);
        Assert.Contains("Is marketing working? Partly", text, StringComparison.Ordinal);
        Assert.Contains("**Asks for this week**", text, StringComparison.Ordinal);
        Assert.Contains("unaligned request", text, StringComparison.Ordinal);
        Assert.Contains("Review the", text, StringComparison.Ordinal);
        Assert.Contains("Marketing reaches", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DigestPreview_OneAudience_PrintsOnlyThatOne()
    {
        Assert.Equal(0, await RunAsync("digest", "preview", "--audience", "sales"));

        Assert.Contains("for sales", Out.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("for marketing", Out.ToString(), StringComparison.Ordinal);
        Assert.Contains("No measurable goals have been agreed yet.", Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DigestPreview_UnknownAudience_IsAUsageError()
    {
        Assert.Equal(2, await RunAsync("digest", "preview", "--audience", "finance"));
        Assert.Contains("--audience must be leadership, marketing or sales", Err.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DigestList_NoSubscriptions_SaysHowToStartOne()
    {
        Assert.Equal(0, await RunAsync("digest", "list"));
        Assert.Contains("send the weekly digest here every Monday at 9", Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DigestHolidays_AddListRemove()
    {
        Assert.Equal(0, await RunAsync("digest", "holidays", "add", "2026-12-24", "--name", "Christmas Eve"));
        Assert.Equal(0, await RunAsync("digest", "holidays", "list"));
        Assert.Contains("2026-12-24  Thursday   Christmas Eve", Out.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await RunAsync("digest", "holidays", "remove", "2026-12-24"));
        Assert.Contains("is no longer a holiday", Out.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, await RunAsync("digest", "holidays", "add", "24/12/2026"));
    }

    [Fact]
    public async Task DigestSend_AllDueWithNothingSubscribed_LooksAtNothing()
    {
        Assert.Equal(0, await RunAsync("digest", "send", "--all-due"));
        Assert.Contains("0 subscription(s) looked at.", Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DigestSend_IdAndAllDueTogether_IsAUsageError()
    {
        Assert.Equal(2, await RunAsync("digest", "send", "abc", "--all-due"));
        Assert.Equal(2, await RunAsync("digest", "send"));
    }

    [Fact]
    public async Task DigestSend_UnknownSubscription_SaysWhereToLook()
    {
        Assert.Equal(2, await RunAsync("digest", "send", "0123abcd"));
        Assert.Contains("`digest list` shows them", Err.ToString(), StringComparison.Ordinal);
    }

    private Task<int> RunAsync(params string[] args)
        => InvokeAsync(args, time: _clock);
}
