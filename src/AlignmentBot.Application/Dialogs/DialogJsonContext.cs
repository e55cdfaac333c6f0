using System.Text.Json.Serialization;
using AlignmentBot.Application.Dialogs.Goals;
using AlignmentBot.Application.Dialogs.Onboarding;

namespace AlignmentBot.Application.Dialogs;

/// <summary>Source-generated (de)serialisation of every dialog's typed state.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GoalDraft))]
[JsonSerializable(typeof(OnboardingState))]
internal sealed partial class DialogJsonContext : JsonSerializerContext;
