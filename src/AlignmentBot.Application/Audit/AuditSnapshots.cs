using System.Globalization;
using AlignmentBot.Application.Digests;
using AlignmentBot.Application.Import;
using AlignmentBot.Application.Sync;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Requests;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Audit;

/// <summary>
/// What the audit trail keeps of each kind of record. Values are plain and culture-free (numbers as written,
/// dates as yyyy-MM-dd) so before and after compare exactly; field names are what a reader would call them.
/// </summary>
public static class AuditSnapshots
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static AuditSnapshot Goal(Goal g) => new(g.Id.Value.ToString("D"), $"{g.Definition.Label} goal",
        AuditFields.Of(
            ("metric", g.Definition.Label),
            ("baseline", Number(g.Baseline)),
            ("target", Number(g.Target)),
            ("per", g.Per is { } p ? Periods.Noun(p) : null),
            ("direction", g.Direction.ToString().ToLowerInvariant()),
            ("start", Date(g.StartDate)),
            ("deadline", Date(g.Deadline)),
            ("cadence", g.Cadence.ToString().ToLowerInvariant()),
            ("owner", g.OwnerName),
            ("audience", g.Audience.ToString().ToLowerInvariant()),
            ("status", g.Status.ToString().ToLowerInvariant()),
            ("close reason", g.CloseReason),
            ("currency", g.Currency),
            ("parent", g.ParentId?.Value.ToString("D")),
            ("asked as", g.AskedAs)));

    /// <summary>A measurement is identified by what it counts: metric, period and slice (a re-import replaces, never adds).</summary>
    public static AuditSnapshot Measurement(Measurement m)
    {
        var slice = string.Join(" / ", new[] { m.Breakdown.Campaign, m.Breakdown.Channel, m.Breakdown.Product }.Where(s => !string.IsNullOrEmpty(s)));
        var label = MetricCatalog.Get(m.Metric).Plural;
        var period = m.Period.Start == m.Period.End ? Formatting.Date(m.Period.Start) : $"{Formatting.Date(m.Period.Start)} – {Formatting.Date(m.Period.End)}";
        return new AuditSnapshot(
            $"{MetricCatalog.NameOf(m.Metric)}:{Date(m.Period.Start)}:{Date(m.Period.End)}:{m.Breakdown.Campaign}:{m.Breakdown.Channel}:{m.Breakdown.Product}",
            $"{label} for {period}{(slice.Length == 0 ? string.Empty : $" ({slice})")}",
            AuditFields.Of(("value", Number(m.Value)), ("source", m.Source.ToString().ToLowerInvariant()), ("recorded by", m.RecordedBy)));
    }

    public static AuditSnapshot Lead(Lead l) => new(l.ExternalId, $"lead {l.ExternalId}{(l.Company is null ? string.Empty : $" ({l.Company})")}",
        AuditFields.Of(
            ("decision", l.Decision.ToString().ToLowerInvariant()),
            ("reason", l.RejectionReason is { } r ? RejectionReasons.Label(r) : null),
            ("note", l.ReasonNote),
            ("decided by", l.DecidedBy),
            ("stage", l.Stage.ToString().ToLowerInvariant())));

    public static AuditSnapshot Sla(LeadSla s) => new(s.Id.ToString("D"), "lead agreement",
        AuditFields.Of(
            ("leads", s.LeadsPerPeriod.ToString(Invariant)),
            ("per", Periods.Noun(s.Period)),
            ("follow-up hours", Number(s.FollowUpHours)),
            ("definition", s.Definition),
            ("proposed by", s.ProposedBy),
            ("marketing signed", s.Marketing is { } m ? $"{m.Name} ({m.UserId})" : null),
            ("sales signed", s.Sales is { } x ? $"{x.Name} ({x.UserId})" : null),
            ("status", s.Status.ToString().ToLowerInvariant())));

    public static AuditSnapshot Request(MarketingRequest r) => new(r.Id.ToString("D"), $"request “{r.Title}”",
        AuditFields.Of(
            ("title", r.Title),
            ("requested by", r.RequestedBy),
            ("logged by", r.LoggedBy),
            ("due", r.DueDate is { } d ? Date(d) : null),
            ("cost", r.Cost is { } c ? $"{Number(c.Amount)} {c.Currency}" : null),
            ("effort hours", Number(r.EffortHours)),
            ("goal", r.GoalId?.Value.ToString("D")),
            ("status", r.Status.ToString().ToLowerInvariant()),
            ("decision", r.DecisionReason)));

    /// <summary>Only the role and the admin right: a person's name and time zone follow the platform and are not shared data.</summary>
    public static AuditSnapshot Role(Person p) => new(p.UserId, $"{p.DisplayName}'s role",
        AuditFields.Of(("role", p.Role is { } r ? Roles.Noun(r) : null), ("admin", p.IsAdmin ? "yes" : null)));

    public static AuditSnapshot Subscription(DigestSubscription s) => new(s.Id.ToString("D"), $"{DigestAudiences.Noun(s.Audience)} digest in {s.ChannelLabel}",
        AuditFields.Of(
            ("audience", DigestAudiences.Noun(s.Audience)),
            ("conversation", s.ChannelLabel),
            ("schedule", s.Schedule.Describe())));

    public static AuditSnapshot Holiday(DigestHoliday h) => new(Date(h.Date), $"digest holiday on {Formatting.Date(h.Date)}",
        AuditFields.Of(("date", Date(h.Date)), ("name", h.Name), ("added by", h.AddedBy)));

    public static AuditSnapshot Workspace(Workspace w) => new(w.Id.Value, "workspace settings",
        AuditFields.Of(
            ("name", w.Name),
            ("platform", w.Platform.ToString().ToLowerInvariant()),
            ("time zone", w.TimeZone),
            ("currency", w.Currency),
            ("industry", w.Industry.ToString()),
            ("region", w.Region.ToString()),
            ("week starts", w.WeekStart.ToString()),
            ("fiscal year starts", CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(w.FiscalYearStartMonth)),
            ("work week", w.WorkWeek),
            ("annual revenue", Number(w.AnnualRevenue))));

    /// <summary>
    /// Who connected which CRM and how, never its secret in any form (not even encrypted): only the settings, with the
    /// address stripped of anything that could carry a credential (user info, query, fragment).
    /// </summary>
    public static AuditSnapshot CrmConnection(CrmSource source, CrmConnectionSettings settings, DateTimeOffset connectedAt, string connectedBy)
        => new(CrmNames.Key(source), $"{CrmNames.Label(source)} connection",
            AuditFields.Of(
                ("sign-in", settings.Flow switch
                {
                    CrmAuthFlow.AccessToken => "private app access token",
                    CrmAuthFlow.ClientCredentials => "client credentials",
                    _ => "JWT bearer",
                }),
                ("address", SafeAddress(settings.BaseUrl)),
                ("client id", settings.ClientId),
                ("user", settings.Username),
                ("reason field", settings.ReasonField),
                ("campaign field", settings.CampaignField),
                ("connected by", connectedBy),
                ("connected at", connectedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", Invariant))));

    /// <summary>What one CRM value counts as; the subject is the value, so every change to it reads as one history.</summary>
    public static AuditSnapshot CrmMapping(CrmMappingRule rule)
        => new($"{CrmNames.Key(rule.Source)}:{CrmStageMapping.FieldName(rule.Source, rule.Field)}:{CsvTable.Key(rule.Value)}",
            $"{CrmNames.Label(rule.Source)} {CrmStageMapping.FieldLabel(rule.Source, rule.Field)} '{rule.Value}'",
            AuditFields.Of(("counts as", rule.Stage == CrmFunnelStage.Ignore ? "not counted" : CrmStageMapping.Phrase(rule.Stage).Replace("counts as ", string.Empty, StringComparison.Ordinal)), ("mapping", rule.IsDefault ? "default" : "changed")));

    /// <summary>"Sync now" asked for by a person (the schedule's runs are the system's and in the sync history, not here).</summary>
    public static AuditSnapshot CrmSyncRequest(IEnumerable<CrmSource> sources, bool full)
        => new("sync", "CRM sync",
            AuditFields.Of(("crm", string.Join(" and ", sources.Select(CrmNames.Label))), ("reads", full ? "every record again" : "what changed since the last run")));

    private static string? SafeAddress(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        return Uri.TryCreate(url.Trim(), UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttps || parsed.Scheme == Uri.UriSchemeHttp)
            ? parsed.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped)
            : "(not a web address)";
    }

    private static string? Number(decimal? value) => value?.ToString("0.############", Invariant);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);
}
