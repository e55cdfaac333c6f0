using AlignmentBot.Channels.Slack.WebApi;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Channels.Slack.SocketMode;

/// <summary>
/// Keeps <see cref="SlackOptions.SocketConnections"/> Socket Mode connections open. When Slack asks a socket to
/// move, the replacement is connected before the old one is closed, so there is no moment without a listener;
/// failures reconnect with exponential backoff and jitter. Payloads are deduplicated by the handlers, so a
/// redelivery on another socket is never handled twice.
/// </summary>
internal sealed class SocketModeService(
    IOptions<SlackOptions> options,
    IAppsConnectionsApi connections,
    SocketEnvelopeDispatcher dispatcher,
    SocketModeTuning tuning,
    TimeProvider time,
    ILogger<SocketModeService> logger) : BackgroundService
{
    /// <summary>Errors the Node SDK treats as unrecoverable: retrying cannot fix a bad or revoked token.</summary>
    private static readonly HashSet<string> Unrecoverable = new(StringComparer.Ordinal)
    {
        "not_authed", "invalid_auth", "account_inactive", "user_removed_from_team", "team_disabled", "not_configured", "not_allowed_token_type",
    };

    private int _connectionNumber;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.UseSocketMode)
        {
            return;
        }

        logger.LogInformation("Slack Socket Mode: keeping {Count} connection(s) open", settings.SocketConnections);
        await Task.WhenAll(Enumerable.Range(0, settings.SocketConnections).Select(slot => RunSlotAsync(slot, stoppingToken)));
    }

    private async Task RunSlotAsync(int slot, CancellationToken stoppingToken)
    {
        SocketModeConnection? current = null;
        try
        {
            if (slot > 0)
            {
                await Task.Delay(tuning.Stagger * slot, time, stoppingToken);
            }

            while (!stoppingToken.IsCancellationRequested)
            {
                current ??= await ConnectWithBackoffAsync(stoppingToken);
                if (current is null)
                {
                    return;
                }

                var end = await current.Ended.WaitAsync(stoppingToken);
                switch (end)
                {
                    case SocketEnd.RefreshRequested:
                        var replacement = await ConnectWithBackoffAsync(stoppingToken);
                        await RetireAsync(current, stoppingToken);
                        current = replacement;
                        break;
                    case SocketEnd.Disabled:
                        logger.LogError("Slack Socket Mode is switched off for this app; turn it on under Socket Mode in the app settings. Retrying in {Delay}", tuning.ReconnectMaxDelay);
                        await RetireAsync(current, stoppingToken);
                        current = null;
                        await Task.Delay(tuning.ReconnectMaxDelay, time, stoppingToken);
                        break;
                    case SocketEnd.TooMany:
                        // Opening a replacement first would only exceed the limit again; give the socket up for a while.
                        logger.LogWarning("Slack has too many Socket Mode connections for this app; this one steps back for {Delay}", tuning.ReconnectMaxDelay);
                        await RetireAsync(current, stoppingToken);
                        current = null;
                        await Task.Delay(tuning.ReconnectMaxDelay, time, stoppingToken);
                        break;
                    default:
                        await current.DisposeAsync();
                        current = null;
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            if (current is not null)
            {
                await RetireAsync(current, CancellationToken.None);
            }
        }
    }

    private async Task RetireAsync(SocketModeConnection connection, CancellationToken cancellationToken)
    {
        await connection.CloseAsync(cancellationToken);
        await connection.DisposeAsync();
    }

    /// <summary>A connected socket, or null when the token can never work.</summary>
    private async Task<SocketModeConnection?> ConnectWithBackoffAsync(CancellationToken stoppingToken)
    {
        for (var failures = 0; ; failures++)
        {
            var connection = new SocketModeConnection(Interlocked.Increment(ref _connectionNumber), dispatcher, tuning, time, logger);
            try
            {
                var url = await connections.OpenAsync(stoppingToken);
                await connection.ConnectAsync(url, stoppingToken);
                logger.LogInformation("Socket Mode connection {Number} ready", connection.Number);
                return connection;
            }
            catch (SlackApiException ex) when (Unrecoverable.Contains(ex.Error))
            {
                await connection.DisposeAsync();
                logger.LogCritical("Slack Socket Mode cannot connect: {Error}. Check Slack:AppToken (an app-level token with connections:write)", ex.Error);
                return null;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                await connection.DisposeAsync();
                var delay = Backoff(failures);
                logger.LogWarning("Socket Mode connection failed ({Message}); retrying in {Delay}", ex is SlackApiException api ? api.Error : ex.Message, delay);
                await Task.Delay(delay, time, stoppingToken);
            }
        }
    }

    private TimeSpan Backoff(int failures)
    {
        var exponential = tuning.ReconnectBaseDelay * Math.Pow(2, Math.Min(failures, 16));
        var capped = exponential < tuning.ReconnectMaxDelay ? exponential : tuning.ReconnectMaxDelay;

        // Jitter spreads reconnects so several instances do not stampede Slack after an outage.
        return capped * (0.8 + (Random.Shared.NextDouble() * 0.4));
    }
}
