namespace AlignmentBot.Application.Tests.Scenarios.Runner;

/// <summary>
/// A parsed <c>expect</c> line. Forms:
/// <c>expect unchanged</c>; <c>expect goals unchanged</c>;
/// <c>expect [no|N] [new|changed] goal [id] field=value ...</c>.
/// </summary>
/// <param name="Kind">Singular kind: goal, lead, request, sla, measurement, digest, person, role-request, admin, goal-history; "*" for all.</param>
/// <param name="Unchanged">Every record of the kind is as it was when the scenario started.</param>
/// <param name="Count">Null: at least one record matches. 0: none does. N: exactly N do.</param>
/// <param name="Scope">"all", "new" (not there at the start) or "changed" (there at the start, different now).</param>
/// <param name="Id">A record's id: a lead's CRM id (DEMO-1286), a demo goal (demo:mql), a persona (jordan).</param>
public sealed record StateExpectation(string Text, string Kind, bool Unchanged, int? Count, string Scope, string? Id, IReadOnlyList<FieldFilter> Filters);
