namespace AlignmentBot.Application.Tests.Scenarios.Runner;

/// <summary>What a field needs to know besides its record: the state when the scenario started.</summary>
public sealed record FieldScope(StateSnapshot Before);
