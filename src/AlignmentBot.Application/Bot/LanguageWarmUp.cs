using AlignmentBot.Application.Understanding;
using Microsoft.Extensions.Hosting;

namespace AlignmentBot.Application.Bot;

/// <summary>Trains the intent model and loads the recognizers at start-up (about a second), so no person waits on the first turn.</summary>
internal sealed class LanguageWarmUp(AlignmentLanguage language) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.Run(language.WarmUp, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
