using System.Text.Json.Nodes;

namespace AlignmentBot.Channels.Slack.Tests.StandIn;

/// <summary>Protocol fixtures (Fixtures/*.json, shaped as Slack documents them) with the fields a test varies patched in.</summary>
public static class SlackFixtures
{
    public static JsonObject Load(string name)
        => (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name)))!;

    public static JsonObject DirectMessage(string eventId, string text, string user = "U0DANA001")
    {
        var envelope = Load("message_im.json");
        envelope["event_id"] = eventId;
        envelope["event"]!["text"] = text;
        envelope["event"]!["user"] = user;
        return envelope;
    }

    public static JsonObject Mention(string eventId, string text, string? threadTs = null)
    {
        var envelope = Load("app_mention.json");
        envelope["event_id"] = eventId;
        envelope["event"]!["text"] = text;
        if (threadTs is not null)
        {
            envelope["event"]!["thread_ts"] = threadTs;
        }

        return envelope;
    }

    public static string SlashCommand(string responseUrl, string triggerId, string text = "we need more leads", string channelId = "C0MARKETING")
        => SlackStandIn.FormBody(
        [
            new("token", "deprecated-verification-token"), new("team_id", SlackStandIn.TeamId), new("team_domain", SlackStandIn.TeamDomain),
            new("channel_id", channelId), new("channel_name", channelId.StartsWith('D') ? "directmessage" : "marketing"),
            new("user_id", "U0DANA001"), new("user_name", "dana"), new("command", "/align"), new("text", text),
            new("api_app_id", "A0APP0001"), new("is_enterprise_install", "false"), new("response_url", responseUrl), new("trigger_id", triggerId),
        ]);

    public static JsonObject SlashCommandJson(string responseUrl, string triggerId, string text = "we need more leads", string channelId = "C0MARKETING")
        => new()
        {
            ["token"] = "deprecated-verification-token", ["team_id"] = SlackStandIn.TeamId, ["team_domain"] = SlackStandIn.TeamDomain,
            ["channel_id"] = channelId, ["channel_name"] = "marketing", ["user_id"] = "U0DANA001", ["user_name"] = "dana",
            ["command"] = "/align", ["text"] = text, ["api_app_id"] = "A0APP0001", ["response_url"] = responseUrl, ["trigger_id"] = triggerId,
        };

    /// <summary>A view_submission for the modal the bot opened, with the person's answers.</summary>
    public static JsonObject Submission(JsonObject openedView, string triggerId, IReadOnlyDictionary<string, string> answers)
    {
        var payload = Load("view_submission.json");
        payload["trigger_id"] = triggerId;
        var view = payload["view"]!;
        view["private_metadata"] = openedView["private_metadata"]?.ToString();
        view["callback_id"] = openedView["callback_id"]?.ToString();
        var values = new JsonObject();
        foreach (var block in openedView["blocks"]!.AsArray().OfType<JsonObject>().Where(b => b["type"]?.ToString() == "input"))
        {
            var id = block["block_id"]!.ToString();
            var type = block["element"]!["type"]!.ToString();
            var actionId = block["element"]!["action_id"]!.ToString();
            answers.TryGetValue(id, out var answer);
            JsonObject state = type switch
            {
                "static_select" => new JsonObject { ["type"] = type, ["selected_option"] = answer is null ? null : new JsonObject { ["value"] = answer } },
                "datepicker" => new JsonObject { ["type"] = type, ["selected_date"] = answer },
                "users_select" => new JsonObject { ["type"] = type, ["selected_user"] = answer },
                _ => new JsonObject { ["type"] = type, ["value"] = answer },
            };
            values[id] = new JsonObject { [actionId] = state };
        }

        view["state"] = new JsonObject { ["values"] = values };
        return payload;
    }

    public static JsonObject ButtonPress(JsonObject button, string triggerId, string responseUrl, string channelId, string messageTs)
    {
        var payload = Load("block_actions.json");
        payload["trigger_id"] = triggerId;
        payload["response_url"] = responseUrl;
        payload["channel"] = new JsonObject { ["id"] = channelId, ["name"] = channelId.StartsWith('D') ? "directmessage" : "marketing" };
        payload["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = messageTs, ["channel_id"] = channelId, ["is_ephemeral"] = false };
        payload["message"]!["ts"] = messageTs;
        payload["actions"] = new JsonArray(new JsonObject
        {
            ["action_id"] = button["action_id"]!.ToString(),
            ["block_id"] = "actions",
            ["type"] = "button",
            ["value"] = button["value"]?.ToString(),
            ["action_ts"] = "1700000301.000001",
        });
        return payload;
    }

    /// <summary>The buttons of a posted message (chat.postMessage or response_url body).</summary>
    public static IEnumerable<JsonObject> Buttons(JsonObject message)
        => message["blocks"]?.AsArray().OfType<JsonObject>()
            .Where(b => b["type"]?.ToString() == "actions")
            .SelectMany(b => b["elements"]!.AsArray().OfType<JsonObject>()) ?? [];
}
