using System.Text.Json.Serialization;

namespace AlignmentBot.Application.Understanding;

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CorpusUtterance))]
[JsonSerializable(typeof(UnderstandingOutput))]
internal sealed partial class UnderstandingJsonContext : JsonSerializerContext;
