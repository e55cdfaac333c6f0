using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Slack.SocketMode;

internal sealed record SocketAck([property: JsonPropertyName("envelope_id")] string EnvelopeId)
{
    [JsonPropertyName("payload")]
    public JsonObject? Payload { get; init; }
}
