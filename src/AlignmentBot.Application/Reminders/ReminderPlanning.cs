using System.Globalization;
using AlignmentBot.Application.Ports;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Digests;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Reminders;
using AlignmentBot.Domain.Workspaces;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Application.Reminders;

/// <summary>Gathers one workspace's goals, people, numbers, answers and delivery records, and lets the planner work out what is due.</summary>
public sealed class ReminderPlanning(
    IGoalStore goals,
    IWorkspaceStore workspaces,
    IMeasurementStore measurements,
    IReminderStore reminders,
    IDigestHolidayStore holidays,
    IOptions<ReminderOptions> options)
{
    // Far enough back for a run of missed monthly periods and the deliveries of the periods still being asked about.
    private const int LookBackDays = 400;

    public async Task<ReminderPlan> PlanAsync(Workspace workspace, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var active = (await goals.ListAsync(workspace.Id, cancellationToken)).Where(g => g.Status == GoalStatus.Active).ToArray();
        var people = (await workspaces.ListPeopleAsync(workspace.Id, cancellationToken)).ToDictionary(p => p.UserId, StringComparer.Ordinal);
        if (active.Length == 0)
        {
            return new ReminderPlan(workspace, now, [], people);
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Zone(workspace.TimeZone)).DateTime);
        var from = today.AddDays(-LookBackDays);
        var fromKey = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var metrics = active.SelectMany(g => CheckInLedger.Inputs(g.Metric)).Distinct().ToArray();
        var numbers = await measurements.ListAsync(workspace.Id, new DateRange(from, today.AddDays(1)), metrics, cancellationToken);
        var answers = await reminders.ListAnswersAsync(workspace.Id, fromKey, cancellationToken);
        var deliveries = await reminders.ListDeliveriesAsync(workspace.Id, fromKey, cancellationToken);
        var preferences = (await reminders.ListPreferencesAsync(workspace.Id, cancellationToken)).ToDictionary(p => p.PersonId, StringComparer.Ordinal);
        var days = (await holidays.ListAsync(workspace.Id, cancellationToken)).Select(h => h.Date).ToHashSet();

        var ledger = new CheckInLedger(numbers.Select(m => (m.Metric, m.Period)), answers, deliveries.Select(d => d.AsSent()));
        var policy = options.Value.Policy(workspace.WeekStart, days);
        var zones = new Dictionary<string, TimeZoneInfo>(StringComparer.Ordinal);
        TimeZoneInfo ZoneOf(string? personId)
        {
            var id = (personId is not null && people.TryGetValue(personId, out var p) ? p.TimeZone : null) ?? workspace.TimeZone;
            if (!zones.TryGetValue(id, out var zone))
            {
                zones[id] = zone = Zone(id);
            }

            return zone;
        }

        var subjects = active.Select(g => new CheckInSubject(g, ZoneOf(g.OwnerId),
            g.OwnerId is { } owner && preferences.TryGetValue(owner, out var prefs) ? prefs : ReminderPreferences.None(g.OwnerId ?? string.Empty), ZoneOf(g.CreatedBy)));
        return new ReminderPlan(workspace, now, ReminderPlanner.Plan(subjects, ledger, policy, now), people);
    }

    public Task<IReadOnlyList<ReminderDelivery>> DeliveriesAsync(Workspace workspace, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Zone(workspace.TimeZone)).DateTime);
        return reminders.ListDeliveriesAsync(workspace.Id, today.AddDays(-LookBackDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), cancellationToken);
    }

    private static TimeZoneInfo Zone(string? id) => DigestTimeZones.TryFind(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
