namespace AlignmentBot.Host.Tests.ScaleOut;

internal static class Eventually
{
    /// <summary>Polls <paramref name="condition"/> until it holds; false if it never did within <paramref name="timeout"/>.</summary>
    public static async Task<bool> HoldsAsync(Func<Task<bool>> condition, TimeSpan timeout, TimeSpan? every = null)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(every ?? TimeSpan.FromMilliseconds(200));
        }

        return await condition();
    }
}
