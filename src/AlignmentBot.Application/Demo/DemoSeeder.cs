using AlignmentBot.Application.Import;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Workspaces;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Demo;

public sealed class DemoSeeder(IWorkspaceStore workspaces, IGoalStore goals, IRequestStore requests, ISlaStore slas, IImportStore import, TimeProvider time)
{
    /// <summary>Seeds the demo company. Refuses a workspace that already holds goals of its own unless forced.</summary>
    public async Task<(DemoData? Data, string? Problem)> SeedAsync(WorkspaceId workspaceId, bool force, CancellationToken cancellationToken)
    {
        var existing = await goals.ListAsync(workspaceId, cancellationToken);
        var own = existing.Count(g => g.CreatedBy != "demo");
        if (own > 0 && !force)
        {
            return (null, $"Workspace '{workspaceId}' already has {own} goal(s) of its own. The demo would mix invented numbers into real ones; pass --force if that is what you want.");
        }

        var today = WorkspaceClock.Today(time, "America/New_York");
        var data = DemoCompany.Generate(workspaceId, today, time.GetUtcNow());
        await workspaces.SaveAsync(data.Workspace, cancellationToken);
        foreach (var person in data.People)
        {
            await workspaces.SavePersonAsync(person, cancellationToken);
        }

        await goals.SaveAsync(workspaceId, data.Goals, cancellationToken);
        await import.ApplyAsync(new ImportBatch(workspaceId, data.Measurements, data.Leads, data.AccountLists, "demo data"), cancellationToken);
        foreach (var request in data.Requests)
        {
            await requests.SaveAsync(request, cancellationToken);
        }

        await slas.SaveAsync(data.Sla, cancellationToken);
        return (data, null);
    }
}
