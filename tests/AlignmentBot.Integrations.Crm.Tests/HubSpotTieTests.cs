using AlignmentBot.Application.Sync;
using AlignmentBot.Integrations.Crm.StandIns;
using AlignmentBot.Integrations.Crm.Tests.Support;

namespace AlignmentBot.Integrations.Crm.Tests;

/// <summary>More records modified at one instant than a query may return: read by id, never by paging past 10,000.</summary>
public sealed class HubSpotTieTests
{
    [Fact]
    public async Task Run_TenThousandAndMoreContactsModifiedAtOneInstant_ReadsEveryOneWithoutPagingPastTheLimit()
    {
        var fixture = Expected.Fixture(10_150, 2);
        var instant = Expected.Anchor.AddHours(-1);
        foreach (var contact in fixture.Contacts.Take(10_100))
        {
            contact.ModifiedAt = instant;
        }

        fixture.Changed();
        await using var hubspot = new HubSpotStandIn(fixture).WithToken(SyncRig.Token);
        await hubspot.StartAsync();
        await using var rig = await SyncRig.StartAsync(settings: new Dictionary<string, string?> { ["Sync:HubSpot:PageSize"] = "200" });
        await rig.ConnectAsync(hubspot);

        var result = await rig.RunAsync();

        Assert.Equal(CrmSyncOutcome.Synced, result.Outcome);
        Assert.Equal(10_150, (await rig.LeadsAsync()).Count);
        Assert.DoesNotContain(hubspot.Calls, c => c.Status == 400);
        Assert.Contains(hubspot.Calls, c => c.Body?.Contains("\"propertyName\":\"hs_object_id\",\"operator\":\"GT\"", StringComparison.Ordinal) == true);
    }
}
