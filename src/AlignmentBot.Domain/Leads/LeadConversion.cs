namespace AlignmentBot.Domain.Leads;

/// <summary>Lead-to-sale conversion by campaign, channel or product: what marketing controls.</summary>
public static class LeadConversion
{
    public const string Unattributed = "(unattributed)";

    public static IReadOnlyList<ConversionRow> By(IEnumerable<Lead> leads, LeadDimension dimension)
        => leads.GroupBy(l => Key(l, dimension) ?? Unattributed, StringComparer.OrdinalIgnoreCase)
            .Select(g =>
            {
                var total = g.Count();
                var accepted = g.Count(l => l.Decision == LeadDecision.Accepted);
                var rejected = g.Count(l => l.Decision == LeadDecision.Rejected);
                var won = g.Count(l => l.Stage == LeadStage.Won);
                decimal? acceptance = accepted + rejected == 0 ? null : 100m * accepted / (accepted + rejected);
                return new ConversionRow(g.Key, total, accepted, rejected, won, 100m * won / total, acceptance);
            })
            .OrderByDescending(r => r.Leads).ThenBy(r => r.Key, StringComparer.OrdinalIgnoreCase)
            .ToArray();

    private static string? Key(Lead lead, LeadDimension dimension) => dimension switch
    {
        LeadDimension.Campaign => lead.Source.Campaign,
        LeadDimension.Channel => lead.Source.Channel,
        LeadDimension.Product => lead.Source.Product,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, null),
    };
}
