namespace AlignmentBot.Application.Tests.Scenarios.Runner;

/// <summary>
/// A group of <c>? regex =&gt; answer</c> lines: the person answers whatever the bot asks, in the order it asks, each
/// answer at most once. The group ends when the bot's last message matches none of the answers left.
/// </summary>
public sealed record AnswersStep(int Line, IReadOnlyList<Answer> Answers) : ScenarioStep(Line);
