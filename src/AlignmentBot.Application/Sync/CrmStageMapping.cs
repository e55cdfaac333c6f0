using AlignmentBot.Application.Import;
using AlignmentBot.Domain.Leads;

namespace AlignmentBot.Application.Sync;

/// <summary>
/// A workspace's stage and status mapping: its own choices over the defaults. The defaults are the import's (a HubSpot
/// lifecycle stage or Salesforce lead status means the same whether it arrives in a CSV or through the sync), plus
/// HubSpot's lead statuses, which an export does not carry as a stage.
/// </summary>
public sealed class CrmStageMapping
{
    private readonly Dictionary<(CrmSource, CrmField, string), (string Value, CrmFunnelStage Stage)> _overrides = [];

    public CrmStageMapping(IEnumerable<CrmMappingRule> overrides, int version)
    {
        foreach (var rule in overrides)
        {
            _overrides[(rule.Source, rule.Field, Key(rule.Value))] = (rule.Value, rule.Stage);
        }

        Version = version;
    }

    public static CrmStageMapping Defaults { get; } = new([], 0);

    /// <summary>Goes up by one with every change, so a sync can tell that its stored leads were mapped under an older one.</summary>
    public int Version { get; }

    public IEnumerable<CrmMappingRule> Overrides => _overrides.Select(o => new CrmMappingRule(o.Key.Item1, o.Key.Item2, o.Value.Value, o.Value.Stage, IsDefault: false));

    /// <summary>The fields a source's leads are mapped by.</summary>
    public static IReadOnlyList<CrmField> Fields(CrmSource source) => source == CrmSource.HubSpot ? [CrmField.LifecycleStage, CrmField.LeadStatus] : [CrmField.LeadStatus];

    /// <summary>The values each CRM ships with, shown even before any record has them.</summary>
    public static IReadOnlyList<string> StandardValues(CrmSource source, CrmField field) => (source, field) switch
    {
        (CrmSource.HubSpot, CrmField.LifecycleStage) => ["subscriber", "lead", "marketingqualifiedlead", "salesqualifiedlead", "opportunity", "customer", "evangelist", "other"],
        (CrmSource.HubSpot, _) => ["NEW", "OPEN", "IN_PROGRESS", "ATTEMPTED_TO_CONTACT", "CONNECTED", "OPEN_DEAL", "UNQUALIFIED", "BAD_TIMING"],
        _ => ["Open - Not Contacted", "Working - Contacted", "Closed - Converted", "Closed - Not Converted"],
    };

    public CrmFunnelStage Resolve(CrmSource source, CrmField field, string? value)
        => value is null ? CrmFunnelStage.Ignore : _overrides.TryGetValue((source, field, Key(value)), out var chosen) ? chosen.Stage : Default(source, field, value);

    public CrmMappingRule Rule(CrmSource source, CrmField field, string value, bool seen = false)
        => _overrides.TryGetValue((source, field, Key(value)), out var chosen)
            ? new CrmMappingRule(source, field, value, chosen.Stage, IsDefault: false, seen)
            : new CrmMappingRule(source, field, value, Default(source, field, value), IsDefault: true, seen);

    /// <summary>The built-in meaning of a value; unknown values (custom stages) are not counted until someone maps them.</summary>
    public static CrmFunnelStage Default(CrmSource source, CrmField field, string value)
    {
        if (source == CrmSource.HubSpot && field == CrmField.LeadStatus)
        {
            // HubSpot's lead statuses say how far sales got with a contact; "new" and "open" say nothing the lifecycle stage does not.
            switch (Key(value))
            {
                case "new" or "open":
                    return CrmFunnelStage.Ignore;
                case "inprogress" or "attemptedtocontact" or "connected":
                    return CrmFunnelStage.Sal;
                case "opendeal":
                    return CrmFunnelStage.Opportunity;
                case "unqualified":
                    return CrmFunnelStage.Rejected;
                case "badtiming":
                    return CrmFunnelStage.Nurture;
            }
        }

        if (!LeadsReader.TryStage(value, out var stage, out var decision, out var reason))
        {
            return CrmFunnelStage.Ignore;
        }

        if (decision == LeadDecision.Rejected)
        {
            return reason == RejectionReason.NotInMarket ? CrmFunnelStage.Nurture : CrmFunnelStage.Rejected;
        }

        return stage switch
        {
            LeadStage.Inquiry => CrmFunnelStage.Inquiry,
            LeadStage.Mql => CrmFunnelStage.Mql,
            LeadStage.Sal => CrmFunnelStage.Sal,
            LeadStage.Sql => CrmFunnelStage.Sql,
            LeadStage.Opportunity => CrmFunnelStage.Opportunity,
            LeadStage.Won => CrmFunnelStage.Won,
            _ => CrmFunnelStage.Lost,
        };
    }

    /// <summary>Reads "mql", "SAL", "rejected", "nurture", "ignore" as typed on the command line.</summary>
    public static bool TryParseStage(string? text, out CrmFunnelStage stage)
    {
        switch (CsvTable.Key(text ?? string.Empty))
        {
            case "ignore" or "none" or "notcounted" or "skip":
                stage = CrmFunnelStage.Ignore;
                return true;
            case "inquiry" or "lead" or "raw":
                stage = CrmFunnelStage.Inquiry;
                return true;
            case "mql":
                stage = CrmFunnelStage.Mql;
                return true;
            case "sal":
                stage = CrmFunnelStage.Sal;
                return true;
            case "sql":
                stage = CrmFunnelStage.Sql;
                return true;
            case "opportunity" or "opp":
                stage = CrmFunnelStage.Opportunity;
                return true;
            case "won" or "customer":
                stage = CrmFunnelStage.Won;
                return true;
            case "lost":
                stage = CrmFunnelStage.Lost;
                return true;
            case "rejected" or "disqualified":
                stage = CrmFunnelStage.Rejected;
                return true;
            case "nurture" or "notinmarket":
                stage = CrmFunnelStage.Nurture;
                return true;
            default:
                stage = default;
                return false;
        }
    }

    public static bool TryParseField(CrmSource source, string? text, out CrmField field)
    {
        switch (CsvTable.Key(text ?? string.Empty))
        {
            case "lifecyclestage" or "lifecycle" or "stage" when source == CrmSource.HubSpot:
                field = CrmField.LifecycleStage;
                return true;
            case "hsleadstatus" or "leadstatus" or "status":
                field = CrmField.LeadStatus;
                return true;
            default:
                field = default;
                return false;
        }
    }

    public static string FieldLabel(CrmSource source, CrmField field) => field == CrmField.LifecycleStage ? "lifecycle stage" : "lead status";

    /// <summary>The CRM's property name, as typed on the command line.</summary>
    public static string FieldName(CrmSource source, CrmField field) => (source, field) switch
    {
        (CrmSource.HubSpot, CrmField.LifecycleStage) => "lifecyclestage",
        (CrmSource.HubSpot, _) => "hs_lead_status",
        _ => "Status",
    };

    public static string Phrase(CrmFunnelStage stage) => stage switch
    {
        CrmFunnelStage.Ignore => "is not counted",
        CrmFunnelStage.Inquiry => "counts as an inquiry (a raw lead)",
        CrmFunnelStage.Mql => "counts as MQL",
        CrmFunnelStage.Sal => "counts as SAL (sales accepted)",
        CrmFunnelStage.Sql => "counts as SQL",
        CrmFunnelStage.Opportunity => "counts as an opportunity",
        CrmFunnelStage.Won => "counts as won",
        CrmFunnelStage.Lost => "counts as lost",
        CrmFunnelStage.Rejected => "counts as rejected by sales",
        CrmFunnelStage.Nurture => "counts as rejected: not in market (back to nurture)",
        _ => stage.ToString(),
    };

    /// <summary>The stage as typed on the command line.</summary>
    public static string StageName(CrmFunnelStage stage) => stage.ToString().ToLowerInvariant();

    private static string Key(string value) => CsvTable.Key(value);
}
