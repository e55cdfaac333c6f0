using System.Text.Json.Serialization;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Dialogs.Prompts;

namespace AlignmentBot.Conversations;

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ConversationState))]
[JsonSerializable(typeof(PromptState))]
internal sealed partial class ConversationsJsonContext : JsonSerializerContext;
