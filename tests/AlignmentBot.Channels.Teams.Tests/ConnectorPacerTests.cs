using AlignmentBot.Channels.Teams.Connector;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AlignmentBot.Channels.Teams.Tests;

/// <summary>
/// The Connector pacer against Teams' published limits: reservations are checked by replaying them through every
/// window, the same way a server counting sends would.
/// </summary>
public sealed class ConnectorPacerTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void OneConversation_NeverMoreThanTeamsAllowsInAnyWindow_AndNoSlowerThanItAllows()
    {
        var time = new FakeTimeProvider(Start);
        var pacer = Pacer(time, perTenant: 0);

        var sends = Enumerable.Range(0, 70).Select(_ => Start + pacer.Reserve("tenant", "19:general@thread.tacv2")).ToList();

        AssertWithin(sends, 7, TimeSpan.FromSeconds(1));
        AssertWithin(sends, 8, TimeSpan.FromSeconds(2));
        AssertWithin(sends, 60, TimeSpan.FromSeconds(30));
        // As fast as the windows allow: 7 at once, the 8th at 1 s, the 9th at 2 s, the 60th well before 30 s and
        // the 61st exactly when the first leaves the 30-second window.
        Assert.Equal(Start, sends[6]);
        Assert.Equal(Start.AddSeconds(1), sends[7]);
        Assert.Equal(Start.AddSeconds(2), sends[8]);
        Assert.True(sends[59] < Start.AddSeconds(16), $"60th send at {sends[59] - Start}");
        Assert.Equal(Start.AddSeconds(30), sends[60]);
    }

    [Fact]
    public void OneTenant_ManyConversations_FiftyASecond()
    {
        var time = new FakeTimeProvider(Start);
        var pacer = Pacer(time, perTenant: 50);

        var sends = Enumerable.Range(0, 500).Select(i => Start + pacer.Reserve("tenant", $"conversation-{i}")).ToList();

        AssertWithin(sends, 50, TimeSpan.FromSeconds(1));
        // One send every 20 ms, from the first moment on: 500 take 9.98 s.
        Assert.Equal(Start.AddMilliseconds(9_980), sends[^1]);
    }

    [Fact]
    public void DefaultHeadroom_LeavesRoomForLateArrivals_AtTwoPercentOfTheRate()
    {
        var time = new FakeTimeProvider(Start);
        var pacer = Pacer(time, perTenant: 50, headroomPercent: new ConnectorPacingOptions().HeadroomPercent);

        var sends = Enumerable.Range(0, 500).Select(i => Start + pacer.Reserve("tenant", $"conversation-{i}")).ToList();

        // Any 51 consecutive sends span more than a second by 20 ms: a call that reaches Teams up to 20 ms late still
        // cannot make a 51st in a second. Sending 500 costs 2% more time than the bare limit allows (9.98 s).
        Assert.All(Enumerable.Range(0, sends.Count - 50), i => Assert.True(sends[i + 50] - sends[i] >= TimeSpan.FromMilliseconds(1_020), $"sends {i}..{i + 50} span {sends[i + 50] - sends[i]}"));
        Assert.InRange(sends[^1] - sends[0], TimeSpan.FromMilliseconds(10_180), TimeSpan.FromMilliseconds(10_190));
    }

    [Fact]
    public void Tenants_AreIndependent_AndTenantPacingCanBeTurnedOff()
    {
        var time = new FakeTimeProvider(Start);
        var pacer = Pacer(time, perTenant: 50);
        for (var i = 0; i < 50; i++)
        {
            pacer.Reserve("busy", $"c{i}");
        }

        Assert.True(pacer.Reserve("busy", "another") > TimeSpan.Zero);
        Assert.Equal(TimeSpan.Zero, pacer.Reserve("quiet", "c0"));

        var off = Pacer(time, perTenant: 0);
        Assert.All(Enumerable.Range(0, 1_000), i => Assert.Equal(TimeSpan.Zero, off.Reserve("busy", $"c{i}")));
        // The conversation's own limits still hold with tenant pacing off.
        Assert.Equal(TimeSpan.Zero, Enumerable.Range(0, 7).Select(_ => off.Reserve("busy", "one")).Max());
        Assert.Equal(TimeSpan.FromSeconds(1), off.Reserve("busy", "one"));
    }

    [Fact]
    public void PacingOff_ForAStandIn_NeverWaits_AndTracksNothing()
    {
        var time = new FakeTimeProvider(Start);
        var off = new ConnectorPacer(Options.Create(new ConnectorPacingOptions { Enabled = false }), time);

        Assert.All(Enumerable.Range(0, 100), _ => Assert.Equal(TimeSpan.Zero, off.Reserve("tenant", "one-conversation")));
        Assert.Equal(0, off.TrackedKeys);
    }

    [Fact]
    public void ConversationWaitingOnItsOwnWindow_DoesNotHoldUpTheTenant()
    {
        var time = new FakeTimeProvider(Start);
        var pacer = Pacer(time, perTenant: 50);
        var first = Enumerable.Range(0, 7).Select(_ => pacer.Reserve("tenant", "busy")).ToList();
        Assert.Equal(TimeSpan.FromMilliseconds(120), first[^1]);

        // "busy" has used its 7 a second: its 8th waits for its own window, 1 s after its first send, and takes the
        // tenant's slot at that moment, while another conversation gets the tenant's next free slot right away.
        Assert.Equal(TimeSpan.FromSeconds(1), pacer.Reserve("tenant", "busy"));
        Assert.Equal(TimeSpan.FromMilliseconds(140), pacer.Reserve("tenant", "other"));
        Assert.Equal(TimeSpan.FromMilliseconds(160), pacer.Reserve("tenant", "third"));
    }

    [Fact]
    public async Task WaitAsync_WaitsOnTheInjectedClock()
    {
        var time = new FakeTimeProvider(Start);
        var pacer = Pacer(time, perTenant: 1);
        await pacer.WaitAsync("tenant", "a", default);

        var second = pacer.WaitAsync("tenant", "b", default).AsTask();
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await second.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void IdleConversations_AreForgotten()
    {
        var time = new FakeTimeProvider(Start);
        var pacer = Pacer(time, perTenant: 50);
        for (var i = 0; i < 1_000; i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(20));
            pacer.Reserve("tenant", $"conversation-{i}");
        }

        time.Advance(TimeSpan.FromMinutes(2));
        pacer.Reserve("tenant", "late");

        Assert.Equal(2, pacer.TrackedKeys);
    }

    // Exact slots (no headroom) unless a test says otherwise, so the arithmetic in the tests stays readable.
    private static ConnectorPacer Pacer(TimeProvider time, int perTenant, int headroomPercent = 0)
        => new(Options.Create(new ConnectorPacingOptions { PerTenantPerSecond = perTenant, HeadroomPercent = headroomPercent }), time);

    /// <summary>Every run of <paramref name="count"/> + 1 consecutive sends spans at least <paramref name="window"/>.</summary>
    private static void AssertWithin(List<DateTimeOffset> sends, int count, TimeSpan window)
    {
        for (var i = count; i < sends.Count; i++)
        {
            Assert.True(sends[i] - sends[i - count] >= window, $"sends {i - count}..{i} fall within {sends[i] - sends[i - count]}, more than {count} per {window}");
        }
    }
}
