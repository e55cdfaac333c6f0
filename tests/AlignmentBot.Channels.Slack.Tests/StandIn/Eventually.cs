namespace AlignmentBot.Channels.Slack.Tests.StandIn;

public static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string because, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (!condition())
        {
            if (DateTime.UtcNow > until)
            {
                Assert.Fail($"Timed out waiting: {because}");
            }

            await Task.Delay(10);
        }
    }

    /// <summary>Gives background work a moment to do something it should not, then checks it did not.</summary>
    public static async Task StillTrueAsync(Func<bool> condition, string because, TimeSpan? within = null)
    {
        var until = DateTime.UtcNow + (within ?? TimeSpan.FromMilliseconds(500));
        while (DateTime.UtcNow < until)
        {
            Assert.True(condition(), because);
            await Task.Delay(20);
        }
    }
}
