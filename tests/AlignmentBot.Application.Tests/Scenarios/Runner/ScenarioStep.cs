namespace AlignmentBot.Application.Tests.Scenarios.Runner;

/// <summary>One line of a scenario: something a person does, or something that must hold afterwards.</summary>
public abstract record ScenarioStep(int Line);

/// <summary><c>sam&gt; reject lead 1339</c>: the person writes a message.</summary>
public sealed record SayStep(int Line, string Speaker, string Text) : ScenarioStep(Line);

/// <summary><c>&gt; [Confirm] target=300 | deadline=2027-06-30</c>: presses a button (title contains, case-insensitive), filling form fields by id or label.</summary>
public sealed record PressStep(int Line, string Speaker, string Title, IReadOnlyList<KeyValuePair<string, string>> Inputs) : ScenarioStep(Line);

/// <summary><c>&gt; (added)</c>: the person adds the bot to the conversation.</summary>
public sealed record AddedStep(int Line, string Speaker) : ScenarioStep(Line);

/// <summary><c>wait 31m</c>: the fake clock moves on.</summary>
public sealed record WaitStep(int Line, TimeSpan Time) : ScenarioStep(Line);

/// <summary><c>restart</c>: the host restarts; only what is in the database survives.</summary>
public sealed record RestartStep(int Line) : ScenarioStep(Line);

/// <summary><c>baseline</c>: the state now is what later "unchanged", "new" and "changed" compare with.</summary>
public sealed record BaselineStep(int Line) : ScenarioStep(Line);

/// <summary>
/// A group of <c>? regex =&gt; answer</c> lines: the person answers whatever the bot asks, in the order it asks, each
/// answer at most once. The group ends when the bot's last message matches none of the answers left.
/// </summary>
public sealed record AnswersStep(int Line, IReadOnlyList<Answer> Answers) : ScenarioStep(Line);

/// <param name="Question">Pattern for the bot's question (its text, title and buttons; not the facts of a card).</param>
/// <param name="Reply">What the person says; <c>[Title]</c> presses a button instead.</param>
public sealed record Answer(int Line, string Speaker, string Question, string Reply);

/// <summary><c>&lt; regex</c>, <c>&lt;! regex</c>, <c>&lt; [regex]</c>: what the last turn's replies said or offered.</summary>
/// <param name="Button">The pattern is for a button title rather than the text.</param>
/// <param name="Anywhere"><c>&lt;&lt;</c>: anything the bot sent so far in the scenario, not only in the last turn.</param>
public sealed record ReplyCheck(int Line, string Pattern, bool Negated, bool Button, bool Anywhere = false) : ScenarioStep(Line);

/// <summary><c>expect ...</c>: a check on stored state through the application's ports.</summary>
public sealed record StateCheck(int Line, StateExpectation Expectation) : ScenarioStep(Line);
