using AlignmentBot.Application;
using AlignmentBot.Application.Ports;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage.Stores;
using AlignmentBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace AlignmentBot.Storage.Tests;

/// <summary>The hourly maintenance, composed as the host composes it, on a fake clock.</summary>
public sealed class ExpiredRowsCleanupTests : IAsyncLifetime
{
    private readonly TempSqliteDatabase _database = new();
    private readonly FakeTimeProvider _time = new(TestData.Now);
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        await _database.MigratedAsync();
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Audit:Retention"] = "10.00:00:00",
                ["Privacy:UninstallGracePeriod"] = "30.00:00:00",
            }).Build())
            .AddSingleton<TimeProvider>(_time)
            .AddAlignmentApplication()
            .AddAlignmentStorage(s => s.UseSqlite(_database.ConnectionString))
            .BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        _database.Dispose();
    }

    private ExpiredRowsCleanup Cleanup => _services.GetServices<IHostedService>().OfType<ExpiredRowsCleanup>().Single();

    [Fact]
    public async Task CleanOnce_UninstalledWorkspacePastItsGrace_IsDeletedAndOneStillWithinItIsKept()
    {
        var workspaces = _services.GetRequiredService<IWorkspaceStore>();
        var goals = _services.GetRequiredService<IGoalStore>();
        foreach (var id in new[] { "T-GONE", "T-LATER" })
        {
            await workspaces.SaveAsync(TestData.Workspace(id), default);
            await goals.SaveAsync(new WorkspaceId(id), [TestData.Goal(new WorkspaceId(id))], default);
        }

        var installations = _services.GetRequiredService<IInstallationEvents>();
        await installations.UninstalledAsync(new InstallationChange("slack", "T-GONE", "app_uninstalled", _time.GetUtcNow()), default);
        _time.Advance(TimeSpan.FromDays(10));
        await installations.UninstalledAsync(new InstallationChange("slack", "T-LATER", "app_uninstalled", _time.GetUtcNow()), default);

        _time.Advance(TimeSpan.FromDays(20) - TimeSpan.FromHours(1));
        Assert.Equal(0, (await Cleanup.CleanOnceAsync(default)).Workspaces);
        _time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, (await Cleanup.CleanOnceAsync(default)).Workspaces);

        Assert.Null(await workspaces.GetAsync(new WorkspaceId("T-GONE"), default));
        Assert.Empty(await goals.ListAsync(new WorkspaceId("T-GONE"), default));
        Assert.Single(await goals.ListAsync(new WorkspaceId("T-LATER"), default));
        Assert.Equal("T-LATER", Assert.Single(await _services.GetRequiredService<IWorkspaceDeletionStore>().ListAsync(default)).WorkspaceId.Value);
    }

    [Fact]
    public async Task CleanOnce_AuditEntriesOlderThanTheConfiguredRetention_AreDeleted()
    {
        var workspace = TestData.Workspace();
        await _services.GetRequiredService<IWorkspaceStore>().SaveAsync(workspace, default);
        _time.Advance(TimeSpan.FromDays(8));
        await _services.GetRequiredService<IGoalStore>().SaveAsync(workspace.Id, [TestData.Goal(workspace.Id)], default);
        _time.Advance(TimeSpan.FromDays(3));

        Assert.Equal(1, (await Cleanup.CleanOnceAsync(default)).AuditEntries);

        var left = await _services.GetRequiredService<IAuditLog>().ListAsync(workspace.Id, TestData.Now.AddYears(-1), TestData.Now.AddYears(1), default);
        Assert.Equal(["goal.created"], left.Select(e => e.Kind));
    }
}
