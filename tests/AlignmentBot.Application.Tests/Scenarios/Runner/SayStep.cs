namespace AlignmentBot.Application.Tests.Scenarios.Runner;

/// <summary><c>sam&gt; reject lead 1339</c>: the person writes a message.</summary>
public sealed record SayStep(int Line, string Speaker, string Text) : ScenarioStep(Line);
