using AlignmentBot.Application;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Sync;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Integrations.Crm.StandIns;
using AlignmentBot.Storage;
using AlignmentBot.Storage.Migrations;
using AlignmentBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Integrations.Crm.Tests.Support;

/// <summary>
/// The sync as the host composes it (use case, SQLite storage, the real HubSpot and Salesforce clients) against stand-ins
/// on loopback. A second rig on the same database is another instance of the bot.
/// </summary>
public sealed class SyncRig : IAsyncDisposable
{
    public static readonly WorkspaceId Workspace = new("T-CRM");
    public const string Token = "pat-na1-11111111-2222-3333-4444-555555555555";

    private readonly TempSqliteDatabase? _owned;

    private SyncRig(TempSqliteDatabase database, bool owned, TimeProvider? time, IReadOnlyDictionary<string, string?>? settings)
    {
        Database = database;
        _owned = owned ? database : null;
        var values = new Dictionary<string, string?>
        {
            ["Sync:HubSpot:RequestsPerSecond"] = "0",
            ["Sync:HubSpot:PageSize"] = "100",
            ["Sync:HubSpot:MaxRetries"] = "1",
            ["Sync:HubSpot:Backoff"] = "00:00:00.010",
            ["Sync:Salesforce:BatchSize"] = "200",
            ["Sync:Salesforce:MaxRetries"] = "1",
            ["Sync:Salesforce:Backoff"] = "00:00:00.010",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddAlignmentApplication();
        services.AddAlignmentStorage(s => s.UseSqlite(database.ConnectionString));
        services.AddCrmIntegrations(configuration);
        Services = services.BuildServiceProvider();
    }

    public TempSqliteDatabase Database { get; }

    public CapturedLogs Logs { get; } = new();

    public ServiceProvider Services { get; }

    public CrmSyncService Sync => Services.GetRequiredService<CrmSyncService>();

    public CrmConnections Connections => Services.GetRequiredService<CrmConnections>();

    public ICrmSyncStore Store => Services.GetRequiredService<ICrmSyncStore>();

    public static async Task<SyncRig> StartAsync(TimeProvider? time = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var rig = new SyncRig(new TempSqliteDatabase(), owned: true, time, settings);
        await rig.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        return rig;
    }

    /// <summary>Another instance of the bot on this rig's database.</summary>
    public SyncRig SecondInstance() => new(Database, owned: false, null, null);

    public Task<CrmConnection> ConnectAsync(HubSpotStandIn standIn, string token = Token)
        => Connections.ConnectAsync(Workspace, CrmSource.HubSpot, new CrmConnectionSettings(CrmAuthFlow.AccessToken, standIn.BaseUrl.ToString(), ReasonField: standIn.ReasonProperty),
            new CrmSecret(token), "Dana", verify: true, default);

    public Task<CrmConnection> ConnectAsync(SalesforceStandIn standIn)
        => Connections.ConnectAsync(Workspace, CrmSource.Salesforce,
            new CrmConnectionSettings(CrmAuthFlow.ClientCredentials, standIn.BaseUrl.ToString(), standIn.ClientId, ReasonField: "Disqualification_Reason__c", CampaignField: "Campaign__c"),
            new CrmSecret(standIn.ClientSecret), "Dana", verify: true, default);

    public Task<CrmSyncResult> RunAsync(CrmSyncRequest? request = null, IProgress<string>? progress = null)
        => Sync.RunAsync(Workspace, request ?? new CrmSyncRequest(), progress, default);

    public Task<IReadOnlyList<Lead>> LeadsAsync() => Services.GetRequiredService<ILeadStore>().ListAsync(Workspace, DateTimeOffset.MinValue, default);

    public Task<IReadOnlyList<Measurement>> NumbersAsync() => Store.ListSyncedMeasurementsAsync(Workspace, default);

    public async Task<decimal> TotalAsync(MetricKey metric) => (await NumbersAsync()).Where(m => m.Metric == metric).Sum(m => m.Value);

    public async Task<CrmSyncRun> LastRunAsync() => (await Store.ListRunsAsync(Workspace, 1, default))[0];

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        _owned?.Dispose();
    }
}
