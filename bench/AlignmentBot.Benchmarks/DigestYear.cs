using AlignmentBot.Application.Demo;
using AlignmentBot.Domain.Digests;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Benchmarks;

/// <summary>
/// A year of demo-scale data for one company: the demo's goals, requests, lead agreement and account lists, with
/// 52 weeks of funnel measurements and about a year of leads (the demo itself holds a quarter and eight weeks).
/// </summary>
public static class DigestYear
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    public static DigestInputs Generate(WorkspaceId? workspace = null)
    {
        var id = workspace ?? WorkspaceId.Local;
        var now = new DateTimeOffset(Today.ToDateTime(new TimeOnly(14, 0)), TimeSpan.Zero);
        var latest = DemoCompany.Generate(id, Today, now);

        // The demo covers the 13 weeks before its "today" and the leads of the 8 weeks before it: stitch
        // non-overlapping slices together, ending at the same Sunday.
        var measurements = Enumerable.Range(0, 4)
            .SelectMany(q => DemoCompany.Generate(id, Today.AddDays(-7 * DemoCompany.Weeks * q), now.AddDays(-7 * DemoCompany.Weeks * q)).Measurements)
            .ToArray();
        var leads = Enumerable.Range(0, 7)
            .SelectMany(slice => DemoCompany.Generate(id, Today.AddDays(-56 * slice), now.AddDays(-56 * slice)).Leads)
            .Where(l => l.CreatedAt >= now.AddDays(-365))
            .ToArray();
        return new DigestInputs(latest.Workspace, latest.People, latest.Goals, measurements, leads, latest.Requests, latest.Sla, latest.AccountLists);
    }
}
