using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Measurements;
using static AlignmentBot.Domain.Tests.Builders;

namespace AlignmentBot.Domain.Tests.Leads;

public class LeadConversionTests
{
    private static Lead From(string? campaign, LeadStage stage = LeadStage.Mql, LeadDecision decision = LeadDecision.Pending, string? channel = null, string? product = null)
        => Lead(Created, stage, decision: decision, source: new Breakdown(campaign, channel, product));

    [Fact]
    public void By_Campaign_ComputesConversionAndAcceptancePerCampaign()
    {
        // Webinar: 4 leads (one spelled "webinar"), 1 won → 25%; accepted 2, rejected 1 → 66.7% acceptance.
        // Ebook: 2 leads, none won, none decided → 0% conversion, no acceptance figure.
        Lead[] leads =
        [
            From("Webinar", LeadStage.Won, LeadDecision.Accepted),
            From("Webinar", LeadStage.Sal, LeadDecision.Accepted),
            From("Webinar", decision: LeadDecision.Rejected),
            From("webinar"),
            From("Ebook"),
            From("Ebook"),
        ];

        var rows = LeadConversion.By(leads, LeadDimension.Campaign);

        Assert.Equal(2, rows.Count);
        var webinar = rows[0];
        Assert.Equal(("Webinar", 4, 2, 1, 1, 25m), (webinar.Key, webinar.Leads, webinar.Accepted, webinar.Rejected, webinar.Won, webinar.ConversionPercent));
        Assert.Equal(66.67m, Math.Round(webinar.AcceptancePercent!.Value, 2));
        Assert.Equal(new ConversionRow("Ebook", 2, 0, 0, 0, 0m, null), rows[1]);
    }

    [Fact]
    public void By_Campaign_LeadsWithoutCampaignAreUnattributed()
    {
        // 2 of the 4 unattributed leads were won: 50%. Ties on lead count sort by name, "(" before letters.
        Lead[] leads =
        [
            From(null, LeadStage.Won), From(null, LeadStage.Won), From(null), From(null),
            From("Webinar"), From("Webinar"), From("Webinar"), From("Webinar"),
            From("Ebook"),
        ];

        var rows = LeadConversion.By(leads, LeadDimension.Campaign);

        Assert.Equal(["(unattributed)", "Webinar", "Ebook"], rows.Select(r => r.Key));
        Assert.Equal(50m, rows[0].ConversionPercent);
    }

    [Fact]
    public void By_Channel_GroupsOnChannelNotCampaign()
    {
        Lead[] leads =
        [
            From("Webinar", LeadStage.Won, channel: "LinkedIn"),
            From("Ebook", channel: "LinkedIn"),
            From("Ebook", channel: "Google"),
            From("Ebook"),
        ];

        var rows = LeadConversion.By(leads, LeadDimension.Channel);

        Assert.Equal([("LinkedIn", 2, 50m), ("(unattributed)", 1, 0m), ("Google", 1, 0m)], rows.Select(r => (r.Key, r.Leads, r.ConversionPercent)));
    }

    [Fact]
    public void By_Product_GroupsOnProduct()
    {
        // Analytics: 1 of 3 won = 33.3%.
        Lead[] leads =
        [
            From("Webinar", LeadStage.Won, product: "Analytics"),
            From("Webinar", product: "Analytics"),
            From("Ebook", product: "Analytics"),
            From("Ebook", LeadStage.Won, product: "Payroll"),
        ];

        var rows = LeadConversion.By(leads, LeadDimension.Product);

        Assert.Equal("Analytics", rows[0].Key);
        Assert.Equal(33.3m, Math.Round(rows[0].ConversionPercent, 1));
        Assert.Equal(("Payroll", 100m), (rows[1].Key, rows[1].ConversionPercent));
    }

    [Fact]
    public void By_NoLeads_IsEmpty()
    {
        Assert.Empty(LeadConversion.By([], LeadDimension.Campaign));
    }
}
