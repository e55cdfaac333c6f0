using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Scheduling.Tests.FanOut.StandIns;

/// <summary>
/// A test-only Slack sender speaking chat.postMessage over HTTP, until the real one (AlignmentBot.Channels.Slack)
/// is merged: honours 429 Retry-After, maps Slack's permanent errors, reports other failures as transient.
/// The bot token is per workspace, so the stand-in can enforce workspace-wide limits.
/// </summary>
public sealed class StandInSlackSender(HttpClient http, Uri apiBase, int maxAttempts = 10) : IMessageSender
{
    private static readonly HashSet<string> PermanentErrors =
        new(StringComparer.Ordinal) { "channel_not_found", "is_archived", "not_in_channel", "invalid_auth", "account_inactive", "missing_scope", "not_authed" };

    public string ChannelId => "slack";

    public async Task<SendResult> SendAsync(ConversationAddress to, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var payload = new JsonObject
        {
            ["channel"] = to.ConversationId,
            ["text"] = message.Text.Length > 39_000 ? message.Text[..39_000] : message.Text,
            ["blocks"] = Blocks(message.Card),
            ["metadata"] = new JsonObject { ["event_type"] = "alignmentbot_digest", ["event_payload"] = new JsonObject { ["card_id"] = message.Card?.Id } },
        };
        if (to.ThreadId is not null)
        {
            payload["thread_ts"] = to.ThreadId;
        }

        for (var attempt = 1; attempt <= maxAttempts; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(apiBase, "chat.postMessage")) { Content = JsonContent.Create(payload) };
            request.Headers.Authorization = new("Bearer", SlackStandIn.TokenPrefix + to.WorkspaceId);
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1), cancellationToken);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                return SendResult.Failed($"Slack answered HTTP {(int)response.StatusCode}.", permanent: false);
            }

            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            if (body.RootElement.GetProperty("ok").GetBoolean())
            {
                return SendResult.Ok(body.RootElement.GetProperty("ts").GetString());
            }

            var error = body.RootElement.GetProperty("error").GetString() ?? "unknown_error";
            return SendResult.Failed($"Slack refused the post: {error}.", PermanentErrors.Contains(error));
        }

        return SendResult.Failed($"Slack kept rate-limiting the post after {maxAttempts} attempts.", permanent: false);
    }

    private static JsonArray Blocks(Card? card)
    {
        var blocks = new JsonArray();
        if (card?.Title is { } title)
        {
            blocks.Add(new JsonObject { ["type"] = "header", ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = title.Length > 150 ? title[..150] : title } });
        }

        foreach (var block in card?.Blocks.OfType<TextBlock>().Take(40) ?? [])
        {
            var text = block.Text.Length > 3000 ? block.Text[..3000] : block.Text;
            blocks.Add(new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = text } });
        }

        return blocks;
    }
}
