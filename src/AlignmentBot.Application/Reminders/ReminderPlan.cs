using AlignmentBot.Domain.Reminders;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Reminders;

/// <summary>One workspace's check-ins worked out for a moment, with who they would go to.</summary>
public sealed record ReminderPlan(Workspace Workspace, DateTimeOffset At, IReadOnlyList<CheckInStatus> Statuses, IReadOnlyDictionary<string, Person> People)
{
    /// <summary>The reminders due now, one batch per person (asks and nudges together; a setter's notices too).</summary>
    public IReadOnlyList<ReminderBatch> Batches()
        => Statuses.SelectMany(s => s.Due.Select(d => (Due: d, s.Goal)))

            // A goal set by the demo or an import has no person behind its setter id: nobody to tell.
            .Where(x => x.Due.Kind != ReminderKind.SetterNotice || People.ContainsKey(x.Due.PersonId))
            .GroupBy(x => x.Due.PersonId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ReminderBatch(g.Key, People.GetValueOrDefault(g.Key), g.OrderBy(x => x.Due.Kind).ThenBy(x => x.Goal.Definition.Label, StringComparer.Ordinal).ToArray()))
            .ToArray();

    /// <summary>The name to show for a person id: their display name when known.</summary>
    public string NameOf(string? personId, string fallback) => personId is not null && People.TryGetValue(personId, out var p) ? p.DisplayName : fallback;
}
