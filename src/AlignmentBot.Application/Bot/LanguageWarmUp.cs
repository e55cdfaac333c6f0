using AlignmentBot.Application.Understanding;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Application.Bot;

/// <summary>
/// Reads the shipped intent model and loads the recognizers at start-up, in the background, so the first message is not
/// the slow one. In the background for real: the host does not wait for it (it used to, since the task was returned from
/// <see cref="StartAsync"/>, which kept Kestrel closed for the ~0.7 s the model takes). A turn that needs language before
/// it is ready waits for it; one that needs none (a role answer) does not. Only when the product bot is the bot: a host
/// that replaced <see cref="IBot"/> (the load harness's echo bot) never reads language, and the model would only cost it
/// memory (about 58 MB resident).
/// </summary>
internal sealed class LanguageWarmUp(IServiceProvider services, ILogger<LanguageWarmUp> logger) : IHostedService
{
    /// <summary>The warm-up started by <see cref="StartAsync"/>; it never faults (a failure is logged, and the first turn that needs language tries again).</summary>
    internal Task Warming { get; private set; } = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Warming = Task.Run(() =>
        {
            try
            {
                if (services.GetService<IBot>() is AlignmentTurnHandler)
                {
                    services.GetRequiredService<AlignmentLanguage>().WarmUp();
                }
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Loading the language model in the background failed; the first message that needs it loads it");
            }
        }, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
