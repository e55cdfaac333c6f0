using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Channels.Slack;

/// <summary>Says at start-up, in one place, whether Slack is on and how it will reach us. Never prints a secret.</summary>
internal sealed class SlackStartupReport(IOptions<SlackOptions> options, ILogger<SlackStartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            logger.LogInformation("Slack channel is off: Slack:BotToken is not set. /slack/events answers 503.");
        }
        else if (settings.UseSocketMode)
        {
            logger.LogInformation("Slack channel is on over Socket Mode (no public URL needed); Web API at {ApiBaseUrl}", settings.ApiBaseUri);
        }
        else
        {
            logger.LogInformation("Slack channel is on over HTTP at POST /slack/events; Web API at {ApiBaseUrl}", settings.ApiBaseUri);
        }

        if (settings.Enabled && string.IsNullOrWhiteSpace(settings.SigningSecret))
        {
            logger.Log(
                settings.UseSocketMode ? LogLevel.Information : LogLevel.Warning,
                "Slack:SigningSecret is not set: /slack/events refuses every request{Hint}",
                settings.UseSocketMode ? " (Socket Mode does not need it)" : "; set it or Slack:AppToken for Socket Mode");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
