using AlignmentBot.Application.Demo;
using AlignmentBot.Application.Import;
using AlignmentBot.Application.Scorecards;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage.Stores;
using AlignmentBot.Testing;
using Microsoft.Extensions.Time.Testing;

namespace AlignmentBot.Application.Tests;

/// <summary>Real SQLite stores in a temp file and a fake clock: the use cases as the host wires them.</summary>
public sealed class StoreFixture : IAsyncLifetime
{
    public static readonly WorkspaceId Workspace = new("T-ACME");

    private readonly TempSqliteDatabase _database = new();

    public FakeTimeProvider Time { get; } = new(TestData.Now);

    public SqlWorkspaceStore Workspaces => new(_database.Connections);

    public SqlGoalStore Goals => new(_database.Connections);

    public SqlMeasurementStore Measurements => new(_database.Connections);

    public SqlLeadStore Leads => new(_database.Connections);

    public SqlRequestStore Requests => new(_database.Connections);

    public SqlSlaStore Slas => new(_database.Connections);

    public SqlAccountListStore AccountLists => new(_database.Connections);

    public ImportService Import => new(new SqlImportStore(_database.Connections), Workspaces, Time);

    public DemoSeeder Demo => new(Workspaces, Goals, Requests, Slas, new SqlImportStore(_database.Connections), Time);

    public ScorecardService Scorecards => new(Workspaces, Goals, Measurements, AccountLists, Time);

    public async Task InitializeAsync()
    {
        await _database.MigratedAsync();
        await Workspaces.SaveAsync(new Workspace(Workspace, Platform.Slack, "Acme"), default);
    }

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    public static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);
}
