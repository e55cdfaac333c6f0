using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Scheduling.Tests.FanOut.StandIns;

/// <summary>
/// A test-only Teams sender speaking the Bot Connector's "send to conversation" over HTTP, until the real one
/// (AlignmentBot.Channels.Teams) is merged: retries 429, 412, 502 and 504 with exponential backoff and jitter,
/// or after Retry-After when the service gives one (Microsoft's throttling guidance).
/// </summary>
public sealed class StandInTeamsSender(HttpClient http, TimeSpan firstBackoff, int maxAttempts = 12) : IMessageSender
{
    public string ChannelId => "msteams";

    public async Task<SendResult> SendAsync(ConversationAddress to, OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (to.ServiceUrl is null)
        {
            return SendResult.Failed("The conversation has no serviceUrl.", permanent: true);
        }

        var activity = new JsonObject
        {
            ["type"] = "message",
            ["text"] = message.Text,
            ["conversation"] = new JsonObject { ["id"] = to.ConversationId, ["tenantId"] = to.WorkspaceId },
            ["attachments"] = new JsonArray { new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = AdaptiveCard(message.Card) } },
        };
        var uri = new Uri(new Uri(to.ServiceUrl.TrimEnd('/') + "/"), $"v3/conversations/{Uri.EscapeDataString(to.ConversationId)}/activities");
        for (var attempt = 1; attempt <= maxAttempts; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = JsonContent.Create(activity) };
            request.Headers.Authorization = new("Bearer", TeamsStandIn.Token);
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout)
            {
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? Backoff(attempt), cancellationToken);
                continue;
            }

            if (response.IsSuccessStatusCode)
            {
                using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
                return SendResult.Ok(body.RootElement.GetProperty("id").GetString());
            }

            var permanent = response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Unauthorized or HttpStatusCode.RequestEntityTooLarge;
            return SendResult.Failed($"Teams answered HTTP {(int)response.StatusCode}.", permanent);
        }

        return SendResult.Failed($"Teams kept throttling the post after {maxAttempts} attempts.", permanent: false);
    }

    private TimeSpan Backoff(int attempt)
    {
        var exponential = firstBackoff * Math.Pow(2, Math.Min(attempt - 1, 5));
        return exponential + TimeSpan.FromMilliseconds(Random.Shared.Next(0, (int)Math.Max(1, firstBackoff.TotalMilliseconds)));
    }

    private static JsonObject AdaptiveCard(Card? card)
    {
        var body = new JsonArray();
        foreach (var block in card?.Blocks.OfType<TextBlock>() ?? [])
        {
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = block.Text, ["wrap"] = true });
        }

        return new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5", ["id"] = card?.Id, ["body"] = body };
    }
}
