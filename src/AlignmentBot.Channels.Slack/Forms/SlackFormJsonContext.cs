using System.Text.Json.Serialization;
using AlignmentBot.Channels.Slack.BlockKit;
using AlignmentBot.Conversations.Cards;

namespace AlignmentBot.Channels.Slack.Forms;

/// <summary>The three kinds of value a form store parks, as the shared store writes them.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(Card))]
[JsonSerializable(typeof(ButtonValue))]
[JsonSerializable(typeof(FormContext))]
internal sealed partial class SlackFormJsonContext : JsonSerializerContext;
