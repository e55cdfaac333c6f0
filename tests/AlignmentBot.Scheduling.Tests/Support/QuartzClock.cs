using Microsoft.Extensions.Time.Testing;

namespace AlignmentBot.Scheduling.Tests.Support;

/// <summary>The fake clock of a test with Quartz running on real threads.</summary>
internal static class QuartzClock
{
    /// <summary>Moves the fake clock forward a step at a time, giving Quartz's threads real time to react, until <paramref name="done"/> holds.</summary>
    public static async Task<bool> AdvanceUntilAsync(FakeTimeProvider time, Func<Task<bool>> done, TimeSpan step, int maxSteps = 240)
    {
        for (var i = 0; i < maxSteps; i++)
        {
            if (await done())
            {
                return true;
            }

            time.Advance(step);
            await Task.Delay(25);
        }

        return await done();
    }
}
