namespace AlignmentBot.Application.Tests.Scenarios.Runner;

/// <summary><c>&lt; regex</c>, <c>&lt;! regex</c>, <c>&lt; [regex]</c>: what the last turn's replies said or offered.</summary>
/// <param name="Button">The pattern is for a button title rather than the text.</param>
/// <param name="Anywhere"><c>&lt;&lt;</c>: anything the bot sent so far in the scenario, not only in the last turn.</param>
public sealed record ReplyCheck(int Line, string Pattern, bool Negated, bool Button, bool Anywhere = false) : ScenarioStep(Line);
