namespace AlignmentBot.Application.Dialogs.Onboarding;

public sealed record OnboardingState(bool FirstContact);
