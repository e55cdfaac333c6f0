using AlignmentBot.Channels.Slack.WebApi;
using Microsoft.Extensions.Time.Testing;

namespace AlignmentBot.Channels.Slack.Tests.WebApi;

public sealed class SlackRateLimiterTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Reserve_PerChannel_AllowsTheBurstThenOnePerSecond()
    {
        var limiter = new SlackRateLimiter(_time);

        var waits = Enumerable.Range(0, 6).Select(_ => limiter.Reserve("chat.postMessage:C1", SlackMethodTiers.PostMessagePerChannel)).ToList();

        Assert.Equal([0, 0, 0, 1, 2, 3], waits.Select(w => w.TotalSeconds));
    }

    [Fact]
    public void Reserve_OneBusyChannel_DoesNotDelayAnother()
    {
        var limiter = new SlackRateLimiter(_time);
        for (var i = 0; i < 10; i++)
        {
            limiter.Reserve("chat.postMessage:C-busy", SlackMethodTiers.PostMessagePerChannel);
        }

        Assert.Equal(TimeSpan.Zero, limiter.Reserve("chat.postMessage:C-quiet", SlackMethodTiers.PostMessagePerChannel));
    }

    [Fact]
    public void IdleChannels_AreForgotten_WhileABusyOneKeepsItsDebt()
    {
        var limiter = new SlackRateLimiter(_time);
        for (var i = 0; i < 1_000; i++)
        {
            limiter.Reserve($"chat.postMessage:C{i}", SlackMethodTiers.PostMessagePerChannel);
        }

        // C-busy owes a minute of slots; the thousand one-off channels owe nothing once a second has passed.
        for (var i = 0; i < 63; i++)
        {
            limiter.Reserve("chat.postMessage:C-busy", SlackMethodTiers.PostMessagePerChannel);
        }

        Assert.Equal(1_001, limiter.TrackedKeys);
        _time.Advance(SlackRateLimiter.SweepInterval);
        var wait = limiter.Reserve("chat.postMessage:C-busy", SlackMethodTiers.PostMessagePerChannel);

        Assert.Equal(1, limiter.TrackedKeys);
        // 63 slots a second apart with a burst of 3: the 64th is due at 61 s, 31 s from now.
        Assert.Equal(TimeSpan.FromSeconds(31), wait);
    }

    [Fact]
    public void Reserve_AfterTimePasses_TheBurstComesBack()
    {
        var limiter = new SlackRateLimiter(_time);
        for (var i = 0; i < 3; i++)
        {
            limiter.Reserve("k", SlackMethodTiers.PostMessagePerChannel);
        }

        _time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(TimeSpan.Zero, limiter.Reserve("k", SlackMethodTiers.PostMessagePerChannel));
        Assert.Equal(TimeSpan.Zero, limiter.Reserve("k", SlackMethodTiers.PostMessagePerChannel));
    }

    [Fact]
    public void BlockUntil_RetryAfter_HoldsEveryCallerUntilThen()
    {
        var limiter = new SlackRateLimiter(_time);

        limiter.BlockUntil("views.open", SlackMethodTiers.Tier4, _time.GetUtcNow().AddSeconds(30));

        Assert.Equal(TimeSpan.FromSeconds(30), limiter.Reserve("views.open", SlackMethodTiers.Tier4));
        Assert.Equal(TimeSpan.Zero, limiter.Reserve("views.publish", SlackMethodTiers.Tier4));
    }

    [Fact]
    public void Tiers_MatchSlacksPublishedTiers()
    {
        Assert.Equal(SlackMethodTiers.Tier3, SlackMethodTiers.For("chat.update"));
        Assert.Equal(SlackMethodTiers.Tier4, SlackMethodTiers.For("chat.postEphemeral"));
        Assert.Equal(SlackMethodTiers.Tier3, SlackMethodTiers.For("conversations.open"));
        Assert.Equal(SlackMethodTiers.Tier4, SlackMethodTiers.For("views.publish"));
        Assert.Equal(SlackMethodTiers.Tier1, SlackMethodTiers.For("apps.connections.open"));
        Assert.Equal(TimeSpan.FromSeconds(1), SlackMethodTiers.PostMessagePerChannel.Interval);
    }

    [Fact]
    public void PostMessage_WorkspaceRate_DefaultsToThreeHundredAMinuteAndFollowsTheSetting()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(200), SlackMethodTiers.For("chat.postMessage").Interval);
        Assert.Equal(60, SlackMethodTiers.For("chat.postMessage").Burst);
        Assert.Equal(TimeSpan.FromMilliseconds(10), SlackMethodTiers.For("chat.postMessage", 6_000).Interval);
    }
}
