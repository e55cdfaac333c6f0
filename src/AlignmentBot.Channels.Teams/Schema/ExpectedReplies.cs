using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Teams.Schema;

/// <summary>The HTTP response body for deliveryMode "expectReplies".</summary>
internal sealed record ExpectedReplies([property: JsonPropertyName("activities")] IReadOnlyList<Activity> Activities);
