namespace AlignmentBot.Application.Tests.Scenarios.Runner;

/// <summary><c>&gt; [Confirm] target=300 | deadline=2027-06-30</c>: presses a button (title contains, case-insensitive), filling form fields by id or label.</summary>
public sealed record PressStep(int Line, string Speaker, string Title, IReadOnlyList<KeyValuePair<string, string>> Inputs) : ScenarioStep(Line);
