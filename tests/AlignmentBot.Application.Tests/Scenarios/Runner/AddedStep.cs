namespace AlignmentBot.Application.Tests.Scenarios.Runner;

/// <summary><c>&gt; (added)</c>: the person adds the bot to the conversation.</summary>
public sealed record AddedStep(int Line, string Speaker) : ScenarioStep(Line);
