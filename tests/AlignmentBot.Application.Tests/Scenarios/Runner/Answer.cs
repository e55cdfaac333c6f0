namespace AlignmentBot.Application.Tests.Scenarios.Runner;

/// <param name="Question">Pattern for the bot's question (its text, title and buttons; not the facts of a card).</param>
/// <param name="Reply">What the person says; <c>[Title]</c> presses a button instead.</param>
public sealed record Answer(int Line, string Speaker, string Question, string Reply);
