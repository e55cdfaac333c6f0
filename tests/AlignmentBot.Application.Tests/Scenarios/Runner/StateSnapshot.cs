using AlignmentBot.Application.Digests;
using AlignmentBot.Application.Ports;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Requests;
using AlignmentBot.Domain.Workspaces;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Application.Tests.Scenarios.Runner;

/// <summary>Everything a scenario can check, read through the application's ports, keyed by each record's identity.</summary>
public sealed record StateSnapshot(
    IReadOnlyDictionary<Guid, Goal> Goals,
    IReadOnlyDictionary<string, Lead> Leads,
    IReadOnlyDictionary<Guid, MarketingRequest> Requests,
    LeadSla? Sla,
    IReadOnlyDictionary<Guid, Measurement> Measurements,
    IReadOnlyDictionary<Guid, DigestSubscription> Digests,
    IReadOnlyDictionary<string, Person> People)
{
    private static readonly DateRange AllTime = new(new DateOnly(2000, 1, 1), new DateOnly(2100, 12, 31));

    public static async Task<StateSnapshot> TakeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var ws = ScenarioWorkspace.Id;
        var goals = await services.GetRequiredService<IGoalStore>().ListAsync(ws, cancellationToken);
        var leads = await services.GetRequiredService<ILeadStore>().ListAsync(ws, DateTimeOffset.MinValue, cancellationToken);
        var requests = await services.GetRequiredService<IRequestStore>().ListAsync(ws, cancellationToken);
        // The newest version: a proposal still waiting, else the agreement in force.
        var slas = services.GetRequiredService<ISlaStore>();
        var sla = await slas.GetPendingAsync(ws, cancellationToken) ?? await slas.GetActiveAsync(ws, cancellationToken);
        var measurements = await services.GetRequiredService<IMeasurementStore>().ListAsync(ws, AllTime, null, cancellationToken);
        var digests = await services.GetRequiredService<IDigestSubscriptionStore>().ListAsync(ws, cancellationToken);
        var people = await services.GetRequiredService<IWorkspaceStore>().ListPeopleAsync(ws, cancellationToken);
        return new StateSnapshot(
            goals.ToDictionary(g => g.Id.Value),
            leads.ToDictionary(l => l.ExternalId, StringComparer.OrdinalIgnoreCase),
            requests.ToDictionary(r => r.Id),
            sla,
            measurements.ToDictionary(m => m.Id),
            digests.ToDictionary(d => d.Id),
            people.ToDictionary(p => p.UserId, StringComparer.Ordinal));
    }

    /// <summary>The records of a kind, by identity; the SLA is the one current agreement.</summary>
    public IReadOnlyDictionary<string, object> Records(string kind) => kind switch
    {
        "goal" => Goals.ToDictionary(x => x.Key.ToString(), x => (object)x.Value),
        "lead" => Leads.ToDictionary(x => x.Key, x => (object)x.Value, StringComparer.OrdinalIgnoreCase),
        "request" => Requests.ToDictionary(x => x.Key.ToString(), x => (object)x.Value),
        "sla" => Sla is null ? new Dictionary<string, object>() : new Dictionary<string, object> { [Sla.Id.ToString()] = Sla },
        "measurement" => Measurements.ToDictionary(x => x.Key.ToString(), x => (object)x.Value),
        "digest" => Digests.ToDictionary(x => x.Key.ToString(), x => (object)x.Value),

        "person" => People.ToDictionary(x => x.Key, x => (object)x.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// What "unchanged" compares. A person's name or time zone may be refreshed from the platform on any turn, and a
    /// newcomer is remembered without a role: only roles are state.
    /// </summary>
    public IReadOnlyDictionary<string, object> Comparable(string kind) => kind == "person"
        ? People.Where(x => x.Value.Role is not null).ToDictionary(x => x.Key, x => (object)x.Value.Role!.Value.ToString())
        : Records(kind);

    public static IReadOnlyList<string> ComparableKinds { get; } = ["goal", "lead", "request", "sla", "measurement", "digest", "person"];
}
