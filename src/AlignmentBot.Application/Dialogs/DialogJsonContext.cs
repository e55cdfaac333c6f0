using System.Text.Json.Serialization;
using AlignmentBot.Application.Dialogs.Budget;
using AlignmentBot.Application.Dialogs.Files;
using AlignmentBot.Application.Dialogs.Goals;
using AlignmentBot.Application.Dialogs.Numbers;
using AlignmentBot.Application.Dialogs.Leads;
using AlignmentBot.Application.Dialogs.Onboarding;
using AlignmentBot.Application.Dialogs.Requests;
using AlignmentBot.Application.Dialogs.Privacy;
using AlignmentBot.Application.Dialogs.Sla;

namespace AlignmentBot.Application.Dialogs;

/// <summary>Source-generated (de)serialisation of every dialog's typed state.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GoalDraft))]
[JsonSerializable(typeof(GoalEditDraft))]
[JsonSerializable(typeof(OnboardingState))]
[JsonSerializable(typeof(NumbersState))]
[JsonSerializable(typeof(RequestDraft))]
[JsonSerializable(typeof(LeadFeedbackDraft))]
[JsonSerializable(typeof(SlaDraft))]
[JsonSerializable(typeof(ForgetState))]
[JsonSerializable(typeof(FileImportState))]
[JsonSerializable(typeof(BudgetState))]
internal sealed partial class DialogJsonContext : JsonSerializerContext;
