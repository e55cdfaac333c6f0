using System.Globalization;
using System.Text;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Scorecards;
using AlignmentBot.Application.Workspaces;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Exports;

/// <summary>
/// The scorecard, the goals and the lead verdicts as CSV files (UTF-8 with a byte-order mark, so Excel reads accents
/// right). Numbers are plain invariant decimals and instants ISO 8601 UTC, so a spreadsheet can compute with them; every
/// cell goes through <see cref="SafeCsv"/>, so nothing a person typed runs as a formula.
/// </summary>
public sealed class ExportService(ScorecardService scorecards, IGoalStore goals, ILeadStore leads, IWorkspaceStore workspaces, TimeProvider time)
{
    public const string ContentType = "text/csv";

    public static readonly IReadOnlyList<string> ScorecardHeader =
        ["goal_id", "goal", "metric", "owner", "current", "expected", "target", "per", "pace", "stale", "trend", "percent_of_target", "as_of", "explanation"];

    public static readonly IReadOnlyList<string> GoalsHeader =
        ["goal_id", "parent_id", "asked_as", "metric", "baseline", "target", "direction", "per", "start_date", "deadline", "cadence", "owner", "audience", "status", "created_at_utc", "created_by"];

    public static readonly IReadOnlyList<string> VerdictsHeader =
        ["lead_id", "company", "contact", "stage", "campaign", "channel", "product", "created_at_utc", "first_follow_up_at_utc", "decision", "rejection_reason", "reason_note", "decided_at_utc", "decided_by", "deal_value"];

    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public async Task<ExportFile> ExportAsync(WorkspaceId workspaceId, ExportKind kind, CancellationToken cancellationToken)
    {
        var workspace = await workspaces.GetAsync(workspaceId, cancellationToken);
        var today = WorkspaceClock.Today(time, workspace);
        var csv = new StringBuilder();
        int rows;
        string title;
        switch (kind)
        {
            case ExportKind.Scorecard:
            {
                var view = await scorecards.BuildAsync(workspaceId, cancellationToken);
                csv.Append(SafeCsv.Row(ScorecardHeader));
                foreach (var line in view.Scorecard.Lines)
                {
                    csv.Append(SafeCsv.Row(
                    [
                        line.Goal.Id.ToString(), line.Goal.Title(view.Currency), line.Goal.Metric.ToString(), line.Goal.OwnerName,
                        Number(line.Current), Number(line.Expected), Number(line.Goal.Target), line.Goal.Per?.ToString().ToLowerInvariant(),
                        PaceLabels.Text(line.Pace), line.IsStale ? "yes" : "no", PaceLabels.Trend(line.Trend), Number(line.PercentOfTarget),
                        Day(line.AsOf), line.Explanation,
                    ]));
                }

                rows = view.Scorecard.Lines.Count;
                title = $"Scorecard, {Formatting.Date(today)}";
                break;
            }

            case ExportKind.Goals:
            {
                var all = (await goals.ListAsync(workspaceId, cancellationToken)).OrderBy(g => g.CreatedAt).ToArray();
                csv.Append(SafeCsv.Row(GoalsHeader));
                foreach (var goal in all)
                {
                    csv.Append(SafeCsv.Row(
                    [
                        goal.Id.ToString(), goal.ParentId?.ToString(), goal.AskedAs, goal.Metric.ToString(), Number(goal.Baseline), Number(goal.Target),
                        goal.Direction.ToString().ToLowerInvariant(), goal.Per?.ToString().ToLowerInvariant(), Day(goal.StartDate), Day(goal.Deadline),
                        goal.Cadence.ToString().ToLowerInvariant(), goal.OwnerName, goal.Audience.ToString().ToLowerInvariant(), goal.Status.ToString().ToLowerInvariant(),
                        Instant(goal.CreatedAt), goal.CreatedBy,
                    ]));
                }

                rows = all.Length;
                title = $"Goals, {Formatting.Date(today)}";
                break;
            }

            default:
            {
                var all = await leads.ListAsync(workspaceId, DateTimeOffset.UnixEpoch, cancellationToken);
                csv.Append(SafeCsv.Row(VerdictsHeader));
                foreach (var lead in all)
                {
                    csv.Append(SafeCsv.Row(
                    [
                        lead.ExternalId, lead.Company, lead.Contact, Stage(lead.Stage), lead.Source.Campaign, lead.Source.Channel, lead.Source.Product,
                        Instant(lead.CreatedAt), Instant(lead.FirstFollowUpAt), lead.Decision.ToString().ToLowerInvariant(),
                        lead.RejectionReason is { } reason ? RejectionReasons.Label(reason) : null, lead.ReasonNote, Instant(lead.DecidedAt), lead.DecidedBy,
                        Number(lead.DealValue),
                    ]));
                }

                rows = all.Count;
                title = $"Lead verdicts, {Formatting.Date(today)}";
                break;
            }
        }

        var name = $"{FileStem(kind)}-{today:yyyy-MM-dd}.csv";
        return new ExportFile(kind, new FileAttachment(name, title, ContentType, [.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(csv.ToString())]), rows);
    }

    public static string FileStem(ExportKind kind) => kind switch
    {
        ExportKind.Scorecard => "scorecard",
        ExportKind.Goals => "goals",
        _ => "lead-verdicts",
    };

    /// <summary>"lead verdicts", "the goals": what the file holds, for a sentence.</summary>
    public static string Noun(ExportKind kind) => kind switch
    {
        ExportKind.Scorecard => "the scorecard",
        ExportKind.Goals => "the goals",
        _ => "the lead verdicts",
    };

    private static string Stage(LeadStage stage) => stage.ToString().ToLowerInvariant();

    private static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Instant(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
