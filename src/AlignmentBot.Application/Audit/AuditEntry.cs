using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Audit;

/// <summary>One recorded change to shared data.</summary>
/// <param name="Kind">What happened, one of <see cref="AuditKinds"/>.</param>
/// <param name="SubjectId">The id of what changed (a goal id, a lead's CRM id, a date, a user id).</param>
/// <param name="Subject">What changed, as a reader would name it ("goal MQLs: 200 per month", "lead HS-1042").</param>
/// <param name="Before">The record's fields before the change; null when it was created.</param>
/// <param name="After">The record's fields after the change; null when it was removed.</param>
public sealed record AuditEntry(
    Guid Id,
    WorkspaceId WorkspaceId,
    DateTimeOffset At,
    AuditActor Actor,
    string Kind,
    string SubjectId,
    string Subject,
    AuditFields? Before,
    AuditFields? After)
{
    /// <summary>The fields whose value differs between before and after, in the order they were recorded.</summary>
    public IReadOnlyList<(string Field, string? Before, string? After)> Changes()
    {
        var before = Before?.Values ?? new Dictionary<string, string?>();
        var after = After?.Values ?? new Dictionary<string, string?>();
        return (Before?.InOrder ?? []).Concat(After?.InOrder ?? []).Select(f => f.Key).Distinct(StringComparer.Ordinal)
            .Select(k => (k, before.GetValueOrDefault(k), after.GetValueOrDefault(k)))
            .Where(c => !string.Equals(c.Item2, c.Item3, StringComparison.Ordinal))
            .ToArray();
    }
}
