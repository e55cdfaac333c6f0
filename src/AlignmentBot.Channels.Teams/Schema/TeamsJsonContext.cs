using System.Text.Json;
using System.Text.Json.Serialization;
using AlignmentBot.Channels.Teams.Activities;
using AlignmentBot.Channels.Teams.AdaptiveCards;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Channels.Teams.Schema;

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(TeamsChannelData))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(TeamsChannelAccount))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(OpenIdMetadata))]
[JsonSerializable(typeof(JwksDocument))]
[JsonSerializable(typeof(AdaptiveCard))]
[JsonSerializable(typeof(AdaptiveCardInvokeValue))]
[JsonSerializable(typeof(AdaptiveCardInvokeResponse))]
[JsonSerializable(typeof(Dictionary<string, JsonElement>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(ErrorBody))]
[JsonSerializable(typeof(FileConsentCard))]
[JsonSerializable(typeof(FileOfferContext))]
[JsonSerializable(typeof(FileConsentInvokeValue))]
[JsonSerializable(typeof(FileInfoCard))]
[JsonSerializable(typeof(FileDownloadInfo))]
[JsonSerializable(typeof(FileOffer))]
[JsonSerializable(typeof(TurnRequest<TeamsReply>))]
[JsonSerializable(typeof(PendingDelivery<TeamsReply>))]
internal sealed partial class TeamsJsonContext : JsonSerializerContext;
