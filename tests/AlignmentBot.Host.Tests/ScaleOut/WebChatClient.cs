using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace AlignmentBot.Host.Tests.ScaleOut;

/// <summary>
/// A person in the local web chat, talking to whichever instance each turn is sent to: Bot Framework activities
/// to POST /api/messages with deliveryMode expectReplies, so the replies are the HTTP response.
/// </summary>
internal sealed class WebChatClient(HttpClient http, string conversationId, string userId, string userName = "Scale Tester")
{
    public string ConversationId => conversationId;

    public Task<WebChatReply> SayAsync(Uri host, string text, string? activityId = null, CancellationToken cancellationToken = default)
        => SendAsync(host, Activity(activityId, text, null, null), cancellationToken);

    /// <summary>Presses a button on a card the bot sent, as the web chat page does: a message whose value is the button's data.</summary>
    public Task<WebChatReply> PressAsync(Uri host, CardButton button, string? activityId = null, CancellationToken cancellationToken = default)
        => SendAsync(host, Activity(activityId, string.Empty, JsonNode.Parse(button.Data.ToJsonString()), button.CardActivityId), cancellationToken);

    private JsonObject Activity(string? id, string text, JsonNode? value, string? replyToId)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = id ?? Guid.NewGuid().ToString("N"),
            ["channelId"] = "webchat",
            ["serviceUrl"] = "http://localhost:3978/",
            ["from"] = new JsonObject { ["id"] = userId, ["name"] = userName },
            ["recipient"] = new JsonObject { ["id"] = "alignmentbot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["text"] = text,
            ["deliveryMode"] = "expectReplies",
        };
        if (value is not null)
        {
            activity["value"] = value;
        }

        if (replyToId is not null)
        {
            activity["replyToId"] = replyToId;
        }

        return activity;
    }

    private async Task<WebChatReply> SendAsync(Uri host, JsonObject activity, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(new Uri(host, "api/messages"), activity, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return new WebChatReply((int)response.StatusCode, [], body);
        }

        var activities = JsonNode.Parse(body)?["activities"]?.AsArray().Select(a => a!.AsObject()).ToArray() ?? [];
        return new WebChatReply((int)response.StatusCode, activities, body);
    }
}

/// <summary>What one turn answered: status, the reply activities, and every text and button in them.</summary>
internal sealed record WebChatReply(int Status, IReadOnlyList<JsonObject> Activities, string Body)
{
    public bool Ok => Status == 200;

    /// <summary>All visible text: message texts and the text blocks of cards.</summary>
    public string Text => string.Join('\n', Activities.SelectMany(Texts));

    public IReadOnlyList<CardButton> Buttons => Activities.SelectMany(a =>
        a["attachments"]?.AsArray().SelectMany(att => Actions(att?["content"])).Select(action => new CardButton(
            action["title"]!.GetValue<string>(), action["data"]!.AsObject(), a["id"]?.GetValue<string>())) ?? []).ToArray();

    public CardButton? Button(string title) => Buttons.LastOrDefault(b => string.Equals(b.Title, title, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> Texts(JsonObject activity)
    {
        if (activity["text"]?.GetValue<string>() is { Length: > 0 } text)
        {
            yield return text;
        }

        foreach (var attachment in activity["attachments"]?.AsArray() ?? [])
        {
            foreach (var node in Walk(attachment?["content"]))
            {
                if (node is JsonObject o && o["type"]?.GetValue<string>() == "TextBlock" && o["text"]?.GetValue<string>() is { } block)
                {
                    yield return block;
                }
            }
        }
    }

    private static IEnumerable<JsonObject> Actions(JsonNode? card)
        => Walk(card).OfType<JsonObject>().Where(o => o["type"]?.GetValue<string>() is "Action.Execute" or "Action.Submit" && o["data"] is JsonObject && o["title"] is not null)
            .GroupBy(o => o["title"]!.GetValue<string>() + o["data"]!.ToJsonString()).Select(g => g.First());

    private static IEnumerable<JsonNode> Walk(JsonNode? node)
    {
        if (node is null)
        {
            yield break;
        }

        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o => o.Where(p => p.Key != "fallback").Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var child in children)
        {
            foreach (var descendant in Walk(child))
            {
                yield return descendant;
            }
        }
    }
}

/// <summary>A button on a card: its title, the data it submits, and the activity that carried the card.</summary>
internal sealed record CardButton(string Title, JsonObject Data, string? CardActivityId);
