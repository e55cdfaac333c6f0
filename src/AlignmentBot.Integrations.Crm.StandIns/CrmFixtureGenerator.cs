namespace AlignmentBot.Integrations.Crm.StandIns;

/// <summary>
/// A believable B2B funnel, the same every time for the same arguments: contacts that become leads, MQLs, SQLs,
/// opportunities and customers (or are disqualified with a reason), and deals that are won, lost or still open, spread
/// over the days before <c>anchor</c>. The demo uses it with today's date; tests and the benchmark with fixed ones.
/// </summary>
public static class CrmFixtureGenerator
{
    private static readonly string[] Sources = ["ORGANIC_SEARCH", "PAID_SEARCH", "EMAIL_MARKETING", "SOCIAL_MEDIA", "REFERRALS", "DIRECT_TRAFFIC", "OFFLINE"];
    private static readonly string[] LeadSources = ["Web", "Web", "Phone Inquiry", "Partner Referral", "Purchased List", "Other", "Web"];
    private static readonly string[] Campaigns = ["Q4 webinar series", "Analytics buyer's guide", "Retargeting - pricing page", "Partner co-marketing", "Trade show 2026"];
    private static readonly string[] Companies = ["Acme Logistics", "Brightwave Health", "Cobalt Fintech", "Delta Manufacturing", "Evergreen Retail", "Fjord Energy", "Granite Insurance", "Helix Biotech", "Ironclad Security", "Juniper Media"];
    private static readonly string[] Reasons = ["No budget this year", "Too small for us", "Student project", "Wrong contact, not the decision maker", "Duplicate of an existing lead", "Competitor researching us", "Not ready, maybe next year"];
    private static readonly string[] OpenStages = ["appointmentscheduled", "qualifiedtobuy", "presentationscheduled", "decisionmakerboughtin", "contractsent"];
    private static readonly string[] OpenSalesforceStages = ["Prospecting", "Qualification", "Needs Analysis", "Value Proposition", "Proposal/Price Quote", "Negotiation/Review"];

    /// <summary>The bundled demo company: 400 contacts and 80 deals over the 120 days before <paramref name="today"/>.</summary>
    public static CrmFixture Demo(DateOnly today) => Generate(400, 80, new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), 120, seed: 2026);

    public static CrmFixture Generate(int contacts, int deals, DateTimeOffset anchor, int days, int seed)
    {
        var random = new Random(seed);
        var span = TimeSpan.FromDays(days);
        var people = new List<FixtureContact>(contacts);
        for (var i = 0; i < contacts; i++)
        {
            people.Add(Contact(random, 1_000 + i, anchor, span));
        }

        var pipeline = new List<FixtureDeal>(deals);
        for (var i = 0; i < deals; i++)
        {
            pipeline.Add(Deal(random, 5_000 + i, anchor, span));
        }

        return new CrmFixture(people, pipeline);
    }

    private static FixtureContact Contact(Random random, long id, DateTimeOffset anchor, TimeSpan span)
    {
        var created = anchor - TimeSpan.FromMilliseconds(random.NextDouble() * span.TotalMilliseconds);
        var source = random.Next(Sources.Length);
        var contact = new FixtureContact
        {
            Id = id,
            CreatedAt = created,
            ModifiedAt = created,
            Email = $"person{id}@example.com",
            Company = Companies[random.Next(Companies.Length)],
            Source = Sources[source],
            LeadSource = LeadSources[source],
            Campaign = random.Next(3) == 0 ? null : Campaigns[random.Next(Campaigns.Length)],
        };

        var at = created;
        DateTimeOffset Step(double maxDays) => at = Min(anchor, at + TimeSpan.FromHours(1 + random.NextDouble() * maxDays * 24));
        contact.StageDates["lead"] = created;
        contact.LifecycleStage = "lead";
        contact.LeadStatus = "NEW";
        contact.SalesforceStatus = "New";
        contact.StatusHistory.Add(("New", created));

        var roll = random.NextDouble();
        if (roll >= 0.40)
        {
            var mql = Step(6);
            contact.StageDates["marketingqualifiedlead"] = mql;
            contact.LifecycleStage = "marketingqualifiedlead";
            contact.LeadStatus = "OPEN";
            contact.SalesforceStatus = "Open - Not Contacted";
            contact.StatusHistory.Add(("Open - Not Contacted", mql));
            if (roll >= 0.55)
            {
                var followUp = mql + TimeSpan.FromHours(0.5 + random.NextDouble() * 40);
                contact.FirstEngagementAt = Min(anchor, followUp);
            }

            if (roll is >= 0.55 and < 0.65)
            {
                // Disqualified by sales after a first conversation.
                var rejected = Step(5);
                var nurture = random.Next(4) == 0;
                contact.LeadStatus = nurture ? "BAD_TIMING" : "UNQUALIFIED";
                contact.ReasonText = nurture ? "Not ready, maybe next year" : Reasons[random.Next(Reasons.Length)];
                contact.SalesforceStatus = nurture ? "Nurturing" : "Closed - Not Converted";
                contact.StatusHistory.Add((contact.SalesforceStatus, rejected));
            }
            else if (roll >= 0.65)
            {
                var working = Step(3);
                contact.LeadStatus = "IN_PROGRESS";
                contact.SalesforceStatus = "Working - Contacted";
                contact.StatusHistory.Add(("Working - Contacted", working));
                if (roll >= 0.78)
                {
                    var sql = Step(10);
                    contact.StageDates["salesqualifiedlead"] = sql;
                    contact.LifecycleStage = "salesqualifiedlead";
                    contact.LeadStatus = "CONNECTED";
                    contact.SalesforceStatus = "Closed - Converted";
                    contact.StatusHistory.Add(("Closed - Converted", sql));
                    contact.IsConverted = true;
                    contact.ConvertedDate = DateOnly.FromDateTime(sql.UtcDateTime);
                    if (roll >= 0.88)
                    {
                        contact.StageDates["opportunity"] = Step(10);
                        contact.LifecycleStage = "opportunity";
                        contact.LeadStatus = "OPEN_DEAL";
                        if (roll >= 0.95)
                        {
                            contact.StageDates["customer"] = Step(40);
                            contact.LifecycleStage = "customer";
                        }
                    }
                }
            }
        }

        contact.ModifiedAt = Min(anchor, at + TimeSpan.FromMilliseconds(random.Next(1, 3_600_000)));
        return contact;
    }

    private static FixtureDeal Deal(Random random, long id, DateTimeOffset anchor, TimeSpan span)
    {
        var created = anchor - TimeSpan.FromMilliseconds(random.NextDouble() * span.TotalMilliseconds);
        var amount = Math.Round((decimal)(5_000 + random.NextDouble() * 75_000) / 100m) * 100m;
        var deal = new FixtureDeal
        {
            Id = id,
            CreatedAt = created,
            ModifiedAt = created,
            Amount = amount,
            Source = Sources[random.Next(Sources.Length)],
            Campaign = random.Next(2) == 0 ? null : Campaigns[random.Next(Campaigns.Length)],
        };
        deal.StageHistory.Add(("Prospecting", created));
        var close = created + TimeSpan.FromDays(10 + random.NextDouble() * 80);
        var roll = random.NextDouble();
        if (close <= anchor && roll < 0.55)
        {
            var won = roll < 0.30;
            deal.IsClosed = true;
            deal.IsWon = won;
            deal.Stage = won ? "closedwon" : "closedlost";
            deal.SalesforceStage = won ? "Closed Won" : "Closed Lost";
            deal.CloseDate = DateOnly.FromDateTime(close.UtcDateTime);
            deal.StageHistory.Add((deal.SalesforceStage, close));
            deal.ModifiedAt = Min(anchor, close + TimeSpan.FromMilliseconds(random.Next(1, 3_600_000)));
        }
        else
        {
            var stage = random.Next(OpenStages.Length);
            deal.Stage = OpenStages[stage];
            deal.SalesforceStage = OpenSalesforceStages[Math.Min(stage + 1, OpenSalesforceStages.Length - 1)];
            deal.CloseDate = DateOnly.FromDateTime((close > anchor ? close : anchor + TimeSpan.FromDays(30)).UtcDateTime);
            var moved = Min(anchor, created + TimeSpan.FromDays(random.NextDouble() * 9));
            if (deal.SalesforceStage != "Prospecting")
            {
                deal.StageHistory.Add((deal.SalesforceStage, moved));
            }

            deal.ModifiedAt = Min(anchor, moved + TimeSpan.FromMilliseconds(random.Next(1, 3_600_000)));
        }

        return deal;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
