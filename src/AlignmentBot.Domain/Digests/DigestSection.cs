namespace AlignmentBot.Domain.Digests;

/// <summary>The parts of a digest. Every audience gets all of them; the order is the emphasis.</summary>
public enum DigestSection
{
    /// <summary>Goals with pace and what changed.</summary>
    Goals,

    /// <summary>Funnel this period against the last and against the lead agreement.</summary>
    Funnel,

    /// <summary>Sales' verdicts on leads: acceptance, rejection reasons, follow-up.</summary>
    Leads,

    /// <summary>Requests logged, the unaligned share, who asked, the oldest open.</summary>
    Requests,

    /// <summary>Audience overlap and budget band, when there is data.</summary>
    Reach,

    /// <summary>Upcoming deadlines and goals with stale data.</summary>
    Deadlines,
}
