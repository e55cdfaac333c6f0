using AlignmentBot.Conversations.Understanding;
using AlignmentBot.Domain.Metrics;

namespace AlignmentBot.Application.Understanding;

/// <summary>How leadership, marketing and sales name the metrics and directions the product understands.</summary>
public static class AlignmentVocabulary
{
    private static readonly (MetricKey Metric, string[] Phrases)[] MetricPhrases =
    [
        (MetricKey.Reach, ["reach", "impressions", "brand awareness", "awareness", "accounts reached", "audience reached", "visibility", "eyeballs", "website traffic", "web traffic", "site visitors", "traffic"]),
        (MetricKey.Leads, ["leads", "inquiries", "inquiry", "enquiries", "raw leads", "new leads", "sign ups", "signups", "form fills", "demo requests", "top of funnel", "lead volume", "lead gen", "lead generation"]),
        (MetricKey.Mql, ["mql", "mqls", "marketing qualified leads", "marketing qualified lead", "qualified leads", "qualified lead", "marketing-qualified leads", "good leads", "quality leads", "hot leads"]),
        (MetricKey.Sal, ["sal", "sals", "sales accepted leads", "sales accepted lead", "sales-accepted leads"]),
        (MetricKey.Sql, ["sql", "sqls", "sales qualified leads", "sales qualified lead", "sales-qualified leads", "sales ready leads"]),
        (MetricKey.Opportunities, ["opportunities", "opportunity", "opps", "opp", "new opportunities", "deals created", "meetings booked", "booked meetings", "demos booked"]),
        (MetricKey.Pipeline, ["pipeline", "pipe", "pipeline value", "pipeline generated", "pipeline created", "sourced pipeline", "marketing sourced pipeline"]),
        (MetricKey.Revenue, ["revenue", "revenues", "bookings", "arr", "mrr", "top line", "topline", "turnover", "income", "sales revenue", "closed revenue", "new business"]),
        (MetricKey.Retention, ["retention", "customer retention", "renewals", "renewal rate", "keep customers", "keep more customers", "net retention", "nrr", "grr"]),
        (MetricKey.CostPerLead, ["cost per lead", "cpl", "cost per mql", "cost per qualified lead", "price per lead", "lead cost", "cost of a lead", "cost of leads", "paying for leads", "so much for leads", "per lead", "cost per acquisition", "cpa"]),
        (MetricKey.ConversionRate, ["conversion rate", "conversion", "conversions", "lead to customer", "lead-to-customer", "lead to sale", "lead-to-sale", "lead conversion", "convert leads", "converting"]),
        (MetricKey.WinRate, ["win rate", "close rate", "closing rate", "win ratio", "win-rate", "hit rate"]),
        (MetricKey.SalesCycle, ["sales cycle", "cycle time", "days to close", "time to close", "deal velocity", "sales velocity", "close deals", "length of the sales cycle"]),
        (MetricKey.FollowUpTime, ["follow up time", "follow-up time", "followup time", "follow up", "follow-up", "followup", "response time", "speed to lead", "time to first touch", "call back", "callback", "called back", "calls back", "first touch", "first response", "respond to leads", "respond to new leads", "lead response"]),
        (MetricKey.AcceptanceRate, ["acceptance rate", "lead acceptance", "accepted leads", "leads accepted", "acceptance", "rejection rate", "rejected leads"]),
        (MetricKey.Overlap, ["overlap", "audience overlap", "same buyers", "same accounts", "circles of doom", "target accounts reached", "account coverage"]),
        (MetricKey.BudgetShare, ["budget share", "marketing budget", "share of revenue", "percent of revenue", "% of revenue", "marketing spend", "spend on marketing", "marketing investment"]),
    ];

    private static readonly string[] Increase =
        ["increase", "grow", "growth", "raise", "boost", "more", "improve", "lift", "higher", "expand", "accelerate", "gain", "ramp up", "up", "add", "maximize", "maximise", "bigger", "scale"];

    private static readonly string[] Decrease =
        ["decrease", "reduce", "cut", "lower", "drop", "shrink", "less", "fewer", "down", "shorten", "faster", "quicker", "sooner", "minimize", "minimise", "slash", "trim", "shave", "bring down", "stop paying", "too expensive", "too slow"];

    /// <summary>Every way people name <paramref name="metric"/> ("CPL", "cost per lead", "lead cost"), for choices that offer goals by name.</summary>
    public static IReadOnlyList<string> PhrasesFor(MetricKey metric)
        => MetricPhrases.Where(p => p.Metric == metric).SelectMany(p => p.Phrases).ToArray();

    public static IEnumerable<LexiconEntry> Entries()
    {
        foreach (var (metric, phrases) in MetricPhrases)
        {
            foreach (var phrase in phrases)
            {
                yield return new LexiconEntry(phrase, EntityExtractor.MetricCategory, MetricCatalog.NameOf(metric),
                    Inverts: phrase is "rejection rate" or "rejected leads", Weak: phrase is "reach" or "conversion" or "traffic" or "acceptance");
            }
        }

        yield return new LexiconEntry("churn", EntityExtractor.MetricCategory, MetricCatalog.NameOf(MetricKey.Retention), Inverts: true);
        yield return new LexiconEntry("churn rate", EntityExtractor.MetricCategory, MetricCatalog.NameOf(MetricKey.Retention), Inverts: true);
        yield return new LexiconEntry("churning", EntityExtractor.MetricCategory, MetricCatalog.NameOf(MetricKey.Retention), Inverts: true);
        yield return new LexiconEntry("churned", EntityExtractor.MetricCategory, MetricCatalog.NameOf(MetricKey.Retention), Inverts: true);
        foreach (var phrase in Increase)
        {
            yield return new LexiconEntry(phrase, EntityExtractor.DirectionCategory, "increase");
        }

        foreach (var phrase in Decrease)
        {
            yield return new LexiconEntry(phrase, EntityExtractor.DirectionCategory, "decrease");
        }
    }
}
