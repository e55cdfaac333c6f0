using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using AlignmentBot.Channels.Slack.BlockKit;
using AlignmentBot.Channels.Slack.Delivery;
using AlignmentBot.Channels.Slack.Events;
using AlignmentBot.Channels.Slack.Forms;
using AlignmentBot.Channels.Slack.Interactivity;
using AlignmentBot.Channels.Slack.SocketMode;
using AlignmentBot.Channels.Slack.Inbound;
using AlignmentBot.Channels.Slack.Inbound.Interactions;
using AlignmentBot.Channels.Slack.WebApi;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Channels.Slack.Json;

/// <summary>Every Slack wire type, serialised without reflection.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(EventEnvelope))]
[JsonSerializable(typeof(SlashCommand))]
[JsonSerializable(typeof(InteractionPayload))]
[JsonSerializable(typeof(SocketMessage))]
[JsonSerializable(typeof(SocketAck))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(PostMessageRequest))]
[JsonSerializable(typeof(PostMessageResponse))]
[JsonSerializable(typeof(UpdateMessageRequest))]
[JsonSerializable(typeof(PostEphemeralRequest))]
[JsonSerializable(typeof(PostEphemeralResponse))]
[JsonSerializable(typeof(ViewsOpenRequest))]
[JsonSerializable(typeof(ViewsUpdateRequest))]
[JsonSerializable(typeof(ViewsPublishRequest))]
[JsonSerializable(typeof(ViewResponse))]
[JsonSerializable(typeof(ConversationsOpenRequest))]
[JsonSerializable(typeof(ConversationsOpenResponse))]
[JsonSerializable(typeof(UsersInfoResponse))]
[JsonSerializable(typeof(AuthTestResponse))]
[JsonSerializable(typeof(ConnectionsOpenResponse))]
[JsonSerializable(typeof(UploadUrlResponse))]
[JsonSerializable(typeof(CompleteUploadResponse))]
[JsonSerializable(typeof(List<UploadedFile>))]
[JsonSerializable(typeof(SlackApiResponse))]
[JsonSerializable(typeof(ResponseUrlMessage))]
[JsonSerializable(typeof(ButtonValue))]
[JsonSerializable(typeof(FormContext))]
[JsonSerializable(typeof(SlackView))]
[JsonSerializable(typeof(List<Block>))]
[JsonSerializable(typeof(HistoryResponse))]
[JsonSerializable(typeof(SlackEventWork))]
[JsonSerializable(typeof(SlackCommandWork))]
[JsonSerializable(typeof(SlackBlockActionWork))]
[JsonSerializable(typeof(SlackOpenFormWork))]
[JsonSerializable(typeof(SlackShortcutWork))]
[JsonSerializable(typeof(PendingDelivery<ReplyContext>))]
internal sealed partial class SlackJsonContext : JsonSerializerContext;
