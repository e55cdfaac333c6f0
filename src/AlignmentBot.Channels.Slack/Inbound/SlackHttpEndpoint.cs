using System.Net.Mime;
using System.Text;
using System.Text.Json;
using AlignmentBot.Channels.Slack.Events;
using AlignmentBot.Channels.Slack.Inbound.Interactions;
using AlignmentBot.Channels.Slack.Interactivity;
using AlignmentBot.Channels.Slack.Json;
using AlignmentBot.Channels.Slack.Signing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Channels.Slack.Inbound;

/// <summary>
/// POST /slack/events: the Events API, slash commands and interactivity on one URL, told apart by content type
/// and payload as Bolt does. Every request is verified against the raw body before anything is parsed.
/// </summary>
internal sealed class SlackHttpEndpoint(
    IOptions<SlackOptions> options,
    SlackEventHandler events,
    SlackCommandHandler commands,
    SlackInteractionDispatcher interactions,
    TimeProvider time,
    ILogger<SlackHttpEndpoint> logger)
{
    /// <summary>Slack's payloads are a few kilobytes; a large modal state stays far below this.</summary>
    public const int MaxBodyBytes = 1 << 20;

    public const string RetryNumHeader = "X-Slack-Retry-Num";

    public async Task HandleAsync(HttpContext http)
    {
        var receivedAt = time.GetUtcNow();
        var settings = options.Value;
        if (!settings.Enabled)
        {
            await PlainAsync(http, StatusCodes.Status503ServiceUnavailable, "Slack is not configured on this server.");
            return;
        }

        var body = await ReadBodyAsync(http.Request, http.RequestAborted);
        if (body is null)
        {
            await PlainAsync(http, StatusCodes.Status413PayloadTooLarge, "Request body too large.");
            return;
        }

        var mediaType = MediaType(http.Request.ContentType);
        var form = mediaType == "application/x-www-form-urlencoded" ? QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body)) : null;

        // Slack probes slash-command URLs with ssl_check=1. Answer it without acting on anything else it carries.
        if (form is not null && form.TryGetValue("ssl_check", out var ssl) && ssl == "1" && !form.ContainsKey("payload") && !form.ContainsKey("command"))
        {
            http.Response.StatusCode = string.IsNullOrEmpty(settings.SigningSecret) ? StatusCodes.Status401Unauthorized : StatusCodes.Status200OK;
            return;
        }

        var check = SlackSignature.Verify(
            settings.SigningSecret,
            http.Request.Headers[SlackSignature.TimestampHeader],
            http.Request.Headers[SlackSignature.SignatureHeader],
            body,
            receivedAt);
        if (check != SignatureCheck.Valid)
        {
            if (check == SignatureCheck.NotConfigured)
            {
                logger.LogWarning("Slack request refused: Slack:SigningSecret is not set, so no request can be verified");
            }
            else
            {
                logger.LogWarning("Slack request refused: signature {Check} from {Remote}", check, http.Connection.RemoteIpAddress);
            }

            await PlainAsync(http, StatusCodes.Status401Unauthorized, "Invalid Slack signature.");
            return;
        }

        SlackAck ack;
        try
        {
            ack = await DispatchAsync(http, body, mediaType, form, receivedAt);
        }
        catch (JsonException ex)
        {
            logger.LogWarning("Slack request with unreadable JSON refused: {Message}", ex.Message);
            await PlainAsync(http, StatusCodes.Status400BadRequest, "Unreadable payload.");
            return;
        }

        await WriteAckAsync(http, ack);
    }

    private async Task<SlackAck> DispatchAsync(HttpContext http, byte[] body, string? mediaType, Dictionary<string, Microsoft.Extensions.Primitives.StringValues>? form, DateTimeOffset receivedAt)
    {
        if (mediaType == "application/json")
        {
            var envelope = JsonSerializer.Deserialize(body, SlackJsonContext.Default.EventEnvelope) ?? throw new JsonException("empty body");
            int? retry = int.TryParse(http.Request.Headers[RetryNumHeader], out var n) ? n : null;
            return await events.AcceptAsync(envelope, retry, receivedAt, http.RequestAborted);
        }

        if (form is not null && form.TryGetValue("payload", out var payloadJson))
        {
            var payload = JsonSerializer.Deserialize(payloadJson.ToString(), SlackJsonContext.Default.InteractionPayload) ?? throw new JsonException("empty payload");
            return await interactions.HandleAsync(payload, receivedAt, http.RequestAborted);
        }

        if (form is not null && form.ContainsKey("command"))
        {
            return await commands.AcceptAsync(SlashCommand.FromForm(form), receivedAt, http.RequestAborted);
        }

        logger.LogDebug("Slack request with content type {ContentType} ignored", mediaType);
        return SlackAck.Ok;
    }

    private static async Task WriteAckAsync(HttpContext http, SlackAck ack)
    {
        if (ack.RetryLater)
        {
            // No x-slack-no-retry: Slack should deliver it again, once the queue has room, the database is back or (while this
            // instance stops) to another instance.
            await PlainAsync(http, StatusCodes.Status503ServiceUnavailable, "Busy, try again.");
            return;
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        if (ack.Body is not null)
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.WriteAsync(ack.Body.ToJsonString(), http.RequestAborted);
        }
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } declared)
        {
            if (declared > MaxBodyBytes)
            {
                return null;
            }

            // The usual case: one array of exactly the declared size, read straight into it.
            var exact = new byte[declared];
            var filled = await request.Body.ReadAtLeastAsync(exact, exact.Length, throwOnEndOfStream: false, cancellationToken);
            if (filled < exact.Length)
            {
                throw new BadHttpRequestException("Request body shorter than its Content-Length.");
            }

            return exact;
        }

        // Chunked: grow as it comes, still bounded.
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string? MediaType(string? contentType)
        => contentType is null ? null : contentType.Split(';', 2)[0].Trim().ToLowerInvariant();

    private static async Task PlainAsync(HttpContext http, int status, string text)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = MediaTypeNames.Text.Plain;
        await http.Response.WriteAsync(text, http.RequestAborted);
    }
}
