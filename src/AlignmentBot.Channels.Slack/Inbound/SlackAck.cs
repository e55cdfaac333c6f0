using System.Text.Json.Nodes;

namespace AlignmentBot.Channels.Slack.Inbound;

/// <summary>
/// How to acknowledge an inbound request, whatever carried it: the HTTP response, or the Socket Mode ack
/// (whose payload Slack accepts only where it said so).
/// </summary>
internal sealed record SlackAck(JsonObject? Body = null, bool RetryLater = false)
{
    public static SlackAck Ok { get; } = new();

    /// <summary>We could not take the work (queue full, database unavailable, host stopping): let Slack deliver it again.</summary>
    public static SlackAck Retry { get; } = new(null, RetryLater: true);

    public static SlackAck Errors(IReadOnlyDictionary<string, string> errors)
    {
        var map = new JsonObject();
        foreach (var (blockId, message) in errors)
        {
            map[blockId] = message;
        }

        return new SlackAck(new JsonObject { ["response_action"] = "errors", ["errors"] = map });
    }
}
