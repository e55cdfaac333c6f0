using System.Text.Json.Serialization;
using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Storage;

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ConversationAddress))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
