using System.Text.Json.Serialization;
using AlignmentBot.Application.Sync;

namespace AlignmentBot.Storage.Crm;

/// <summary>The sync's JSON columns: connection settings, cursors and the records fetched. Enums by name, so a stored row reads the same after an enum grows.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(CrmConnectionSettings))]
[JsonSerializable(typeof(CrmCursor))]
[JsonSerializable(typeof(CrmRecord))]
internal sealed partial class CrmStorageJsonContext : JsonSerializerContext;
