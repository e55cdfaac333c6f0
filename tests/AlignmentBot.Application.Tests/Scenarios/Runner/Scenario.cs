namespace AlignmentBot.Application.Tests.Scenarios.Runner;

/// <summary>One multi-turn conversation written from the user's side, with what they expect to happen.</summary>
/// <param name="Area">The file it comes from ("goals" for goals.scn): the category it is reported under.</param>
/// <param name="Personas">Who takes part; the first is the default speaker.</param>
/// <param name="Setup">"demo" (the demo company, the default) or "empty" (a workspace with people but no data).</param>
/// <param name="Channel">"dm" (each person in their own direct conversation) or "group" (everyone in one channel).</param>
/// <param name="ChannelName">The group channel's name ("marketing" → #marketing), when <paramref name="Channel"/> is "group".</param>
/// <param name="Expects">What the person expects, in their words.</param>
public sealed record Scenario(
    string Id,
    string Title,
    string Area,
    IReadOnlyList<string> Personas,
    IReadOnlyList<string> Tags,
    string Setup,
    string Channel,
    string? ChannelName,
    string Expects,
    IReadOnlyList<ScenarioStep> Steps,
    string Source,
    int Line)
{
    public bool IsGroup => Channel == "group";
}
