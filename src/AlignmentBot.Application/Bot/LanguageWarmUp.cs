using AlignmentBot.Application.Understanding;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AlignmentBot.Application.Bot;

/// <summary>
/// Reads the shipped intent model and loads the recognizers at start-up, in the background, so the first message is not the slow one. Only when
/// the product bot is the bot: a host that replaced <see cref="IBot"/> (the load harness's echo bot) never reads
/// language, and the model would only cost it memory (about 58 MB resident).
/// </summary>
internal sealed class LanguageWarmUp(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
        => services.GetService<IBot>() is AlignmentTurnHandler
            ? Task.Run(services.GetRequiredService<AlignmentLanguage>().WarmUp, cancellationToken)
            : Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
