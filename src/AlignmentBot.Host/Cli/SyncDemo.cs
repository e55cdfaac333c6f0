using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Sync;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Integrations.Crm.StandIns;

namespace AlignmentBot.Host.Cli;

/// <summary>
/// <c>sync --demo</c>: a stand-in HubSpot (or Salesforce) on a loopback port with the bundled demo company, connected,
/// synced with progress lines, and disconnected again when the command ends (the stand-in ends with it). The synced
/// records, leads and numbers stay, with three goals to judge them by, so the scorecard shows them.
/// </summary>
internal static class SyncDemo
{
    public const string Workspace = "crm-demo";
    private const string Token = "pat-na1-demo-standin-token";

    public static async Task<int> RunAsync(CliContext context, WorkspaceId workspace, CrmSource source, CancellationToken cancellationToken)
    {
        using var host = await CliServices.StartAsync(context, cancellationToken);
        var time = host.Services.GetRequiredService<TimeProvider>();
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var fixture = CrmFixtureGenerator.Demo(today);
        var salesforce = new SalesforceStandIn(fixture);
        await using StandInServer standIn = source == CrmSource.HubSpot ? new HubSpotStandIn(fixture).WithToken(Token) : salesforce;
        await standIn.StartAsync(0, cancellationToken);
        await context.Output.WriteLineAsync($"Stand-in {CrmNames.Label(source)} on {standIn.BaseUrl} with the bundled demo company: {fixture.Contacts.Count} contacts and {fixture.Deals.Count} deals over the last 120 days.");

        var connections = host.Services.GetRequiredService<CrmConnections>();
        var settings = source == CrmSource.HubSpot
            ? new CrmConnectionSettings(CrmAuthFlow.AccessToken, standIn.BaseUrl.ToString(), ReasonField: "disqualification_reason")
            : new CrmConnectionSettings(CrmAuthFlow.ClientCredentials, standIn.BaseUrl.ToString(), salesforce.ClientId, ReasonField: "Disqualification_Reason__c", CampaignField: "Campaign__c");
        await connections.ConnectAsync(workspace, source, settings, new CrmSecret(source == CrmSource.HubSpot ? Token : salesforce.ClientSecret), "sync --demo", verify: true, cancellationToken);

        var goals = host.Services.GetRequiredService<IGoalStore>();
        if ((await goals.ListAsync(workspace, cancellationToken)).Count == 0)
        {
            await goals.SaveAsync(workspace, CrmDemoGoals.For(workspace, today, time.GetUtcNow()), cancellationToken);
        }

        try
        {
            var result = await host.Services.GetRequiredService<CrmSyncService>().RunAsync(
                workspace, new CrmSyncRequest(source, Full: false, CrmSyncTrigger.Demo, "sync --demo"), new LineProgress(context.Output), cancellationToken);
            var code = await SyncCommand.ReportAsync(context, result);
            if (code == 0)
            {
                await context.Output.WriteLineAsync($"Next: dotnet run --project src/AlignmentBot.Host -- scorecard --workspace {workspace}");
                await context.Output.WriteLineAsync($"      dotnet run --project src/AlignmentBot.Host -- sync mapping show --workspace {workspace}");
                await context.Output.WriteLineAsync("Run this again today and nothing changes: the second run reads the same records and stores none of them again.");
            }

            return code;
        }
        finally
        {
            // The stand-in ends with this command; a connection left pointing at it would fail every scheduled run.
            await connections.DisconnectAsync(workspace, source, CancellationToken.None);
        }
    }
}
