using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Measurements;

namespace AlignmentBot.Application.Import;

/// <summary>
/// Lead exports as HubSpot ("Record ID", "Lifecycle Stage", "Create Date", "Original Source") and
/// Salesforce ("Lead ID", "Lead Status", "Created Date", "Lead Source") write them. docs/import.md lists every column.
/// </summary>
internal static class LeadsReader
{
    private static readonly string[] IdColumns = ["record_id", "lead_id", "id", "contact_id", "external_id"];
    private static readonly string[] StageColumns = ["lifecycle_stage", "lead_status", "stage", "status"];
    private static readonly string[] CreatedColumns = ["create_date", "created_date", "created", "created_at", "date"];

    public static bool Matches(CsvTable table) => table.Column(IdColumns) >= 0 && table.Column(StageColumns) >= 0 && table.Column(CreatedColumns) >= 0;

    public static IReadOnlyList<Lead> Read(CsvTable table, ImportContext context)
    {
        var id = table.Column(IdColumns);
        var stageCol = table.Column(StageColumns);
        var created = table.Column(CreatedColumns);
        var company = table.Column("company_name", "company", "company_account", "account_name", "account");
        var contact = table.Column("email", "contact", "contact_email", "name", "full_name");
        var campaign = table.Column("campaign", "campaign_name", "primary_campaign_source", "utm_campaign", "first_conversion");
        var channel = table.Column("channel", "original_source", "lead_source", "source", "utm_source", "latest_source");
        var product = table.Column("product", "product_interest", "product_of_interest");
        var followUp = table.Column("first_follow_up", "first_contact_date", "date_of_first_engagement", "first_activity_date", "first_touch_date");
        var decisionCol = table.Column("sales_decision", "decision", "accepted");
        var reasonCol = table.Column("rejection_reason", "disqualification_reason", "unqualified_reason", "lead_status_reason", "reason");
        var amount = table.Column("amount", "deal_amount", "deal_value");
        var dayFirst = CellParsers.LooksDayFirst(table.Records.Select(r => Cell(r, created)).Concat(table.Records.Select(r => Cell(r, followUp))));

        var leads = new List<Lead>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in table.Records)
        {
            var externalId = Cell(record, id);
            if (externalId.Length == 0)
            {
                context.Error(record.Line, $"The lead id ('{table.Header[id]}') is empty.");
                continue;
            }

            if (seen.TryGetValue(externalId, out var first))
            {
                context.Error(record.Line, $"Lead {externalId} appears twice (first on line {first}).");
                continue;
            }

            seen[externalId] = record.Line;
            if (!CellParsers.TryTimestamp(Cell(record, created), dayFirst, out var createdAt))
            {
                context.Error(record.Line, $"'{Cell(record, created)}' in '{table.Header[created]}' is not a date.");
                continue;
            }

            var stageText = Cell(record, stageCol);
            if (!TryStage(stageText, out var stage, out var decision, out var impliedReason))
            {
                context.Error(record.Line, $"Unknown stage '{stageText}'. Use a HubSpot lifecycle stage, a Salesforce lead status, or mql/sal/sql/opportunity/won/lost/rejected.");
                continue;
            }

            if (decisionCol >= 0 && Cell(record, decisionCol) is { Length: > 0 } decisionText)
            {
                if (!TryDecision(decisionText, out var explicitDecision))
                {
                    context.Error(record.Line, $"'{decisionText}' is not a sales decision (accepted or rejected).");
                    continue;
                }

                decision = explicitDecision;
            }

            DateTimeOffset? followUpAt = null;
            if (Cell(record, followUp) is { Length: > 0 } followText)
            {
                if (!CellParsers.TryTimestamp(followText, dayFirst, out var parsed))
                {
                    context.Error(record.Line, $"'{followText}' in '{table.Header[followUp]}' is not a date.");
                    continue;
                }

                if (parsed < createdAt)
                {
                    context.Error(record.Line, $"Lead {externalId} was followed up ({followText}) before it was created.");
                    continue;
                }

                followUpAt = parsed;
            }

            decimal? dealValue = null;
            if (Cell(record, amount) is { Length: > 0 } amountText)
            {
                if (!CellParsers.TryNumber(amountText, out var parsedAmount))
                {
                    context.Error(record.Line, $"'{amountText}' is not an amount.");
                    continue;
                }

                dealValue = parsedAmount;
            }

            var reasonText = Optional(record, reasonCol);
            RejectionReason? reason = decision == LeadDecision.Rejected ? (reasonText is null ? impliedReason ?? RejectionReason.Other : RejectionReasons.Normalize(reasonText)) : null;
            leads.Add(new Lead(
                Guid.NewGuid(), context.WorkspaceId, externalId, Optional(record, company), Optional(record, contact), stage,
                new Breakdown(Optional(record, campaign), Optional(record, channel), Optional(record, product)),
                createdAt, followUpAt, decision, reason, decision == LeadDecision.Rejected ? reasonText : null,
                decision == LeadDecision.Pending ? null : context.Now, decision == LeadDecision.Pending ? null : context.FileName, dealValue));
        }

        return leads;
    }

    internal static bool TryStage(string text, out LeadStage stage, out LeadDecision decision, out RejectionReason? reason)
    {
        reason = null;
        decision = LeadDecision.Pending;
        stage = LeadStage.Mql;
        switch (CsvTable.Key(text))
        {
            case "subscriber" or "lead" or "inquiry" or "new" or "raw" or "other":
                stage = LeadStage.Inquiry;
                return true;
            case "marketingqualifiedlead" or "mql" or "opennotcontacted" or "open":
                return true;
            case "salesacceptedlead" or "sal" or "workingcontacted" or "working" or "contacted" or "accepted":
                (stage, decision) = (LeadStage.Sal, LeadDecision.Accepted);
                return true;
            case "salesqualifiedlead" or "sql" or "qualified" or "closedconverted" or "converted":
                (stage, decision) = (LeadStage.Sql, LeadDecision.Accepted);
                return true;
            case "opportunity" or "opp":
                (stage, decision) = (LeadStage.Opportunity, LeadDecision.Accepted);
                return true;
            case "customer" or "won" or "closedwon" or "evangelist":
                (stage, decision) = (LeadStage.Won, LeadDecision.Accepted);
                return true;
            case "lost" or "closedlost":
                (stage, decision) = (LeadStage.Lost, LeadDecision.Accepted);
                return true;
            case "unqualified" or "closednotconverted" or "rejected" or "disqualified" or "junk":
                decision = LeadDecision.Rejected;
                return true;
            case "nurturing" or "nurture" or "recycled":
                (decision, reason) = (LeadDecision.Rejected, RejectionReason.NotInMarket);
                return true;
            default:
                return false;
        }
    }

    private static bool TryDecision(string text, out LeadDecision decision)
    {
        switch (CsvTable.Key(text))
        {
            case "accepted" or "accept" or "yes" or "true" or "y" or "1":
                decision = LeadDecision.Accepted;
                return true;
            case "rejected" or "reject" or "no" or "false" or "n" or "0":
                decision = LeadDecision.Rejected;
                return true;
            case "pending" or "":
                decision = LeadDecision.Pending;
                return true;
            default:
                decision = LeadDecision.Pending;
                return false;
        }
    }

    private static string Cell(CsvRecord record, int column) => column >= 0 && column < record.Fields.Count ? record.Fields[column].Trim() : string.Empty;

    private static string? Optional(CsvRecord record, int column) => Cell(record, column) is { Length: > 0 } v ? v : null;
}
