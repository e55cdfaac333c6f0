using System.Globalization;
using AlignmentBot.Domain.Leads;

namespace AlignmentBot.Application.Dialogs.Leads;

/// <summary>
/// What the Undo of a verdict keeps on the server (in its action reference, and for "undo that"): the lead's verdict before
/// it, when the verdict was made and who made it (<see cref="DecidedById"/>: the permission to undo is theirs, also once
/// the lead no longer shows them). An Undo button issued before the whole verdict was kept carries "decision|reason|ms"
/// and still puts back the decision and reason; one issued before the decider was kept carries no decider.
/// </summary>
public sealed record LeadUndoData(LeadDecision Decision, RejectionReason? Reason, LeadVerdict? Before, long DecidedMs, string? DecidedById = null)
{
    private const string Version = "3";

    public static string Write(LeadVerdict before, DateTimeOffset decidedAt, string? decidedById) => string.Join('|',
        Version, before.Decision, before.Reason?.ToString() ?? string.Empty, before.Stage, Ticks(before.FirstFollowUpAt), Ticks(before.DecidedAt),
        Escape(before.DecidedById), Escape(before.DecidedBy), Escape(before.Note), decidedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), Escape(decidedById));

    /// <summary>A verdict changed right after it was made ("actually no budget"): undoing the change goes back to before the first.</summary>
    public static string Chain(string? first, string latest)
        => Read(first) is { Before: { } before } && Read(latest) is { } now ? Write(before, DateTimeOffset.FromUnixTimeMilliseconds(now.DecidedMs), now.DecidedById) : latest;

    /// <summary>The lead shows the verdict from before this one again: this Undo (or another copy of it) was already done.</summary>
    public bool IsRestoredIn(Lead lead)
        => Before is { } before && lead.Decision == before.Decision && lead.DecidedAt?.UtcTicks == before.DecidedAt?.UtcTicks && lead.DecidedById == before.DecidedById;

    public static LeadUndoData? Read(string? data)
    {
        var parts = (data ?? string.Empty).Split('|');
        if (parts.Length == 3 && Enum.TryParse<LeadDecision>(parts[0], out var old) && long.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var oldMs))
        {
            return new LeadUndoData(old, ReasonOf(parts[1]), null, oldMs);
        }

        // Version 2 had no decider (10 parts); version 3 adds it.
        if (!((parts.Length == 10 && parts[0] == "2") || (parts.Length == 11 && parts[0] == Version)) || !Enum.TryParse<LeadDecision>(parts[1], out var decision)
            || !Enum.TryParse<LeadStage>(parts[3], out var stage) || !long.TryParse(parts[9], NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms))
        {
            return null;
        }

        var before = new LeadVerdict(decision, ReasonOf(parts[2]), Unescape(parts[8]), stage, Time(parts[4]), Time(parts[5]), Unescape(parts[7]), Unescape(parts[6]));
        return new LeadUndoData(decision, before.Reason, before, ms, parts.Length == 11 ? Unescape(parts[10]) : null);
    }

    /// <summary>The lead as it was before the verdict (only the decision and reason for an older Undo).</summary>
    public Lead Restore(Lead lead) => Before is { } before
        ? lead.Restore(before)
        : lead with { Decision = Decision, RejectionReason = Reason, ReasonNote = Decision == LeadDecision.Rejected ? lead.ReasonNote : null, VerdictBefore = null };

    private static RejectionReason? ReasonOf(string text) => Enum.TryParse<RejectionReason>(text, out var r) ? r : null;

    // Ticks, not milliseconds: the lead is put back to the very instant it had.
    private static string Ticks(DateTimeOffset? at) => at?.UtcTicks.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static DateTimeOffset? Time(string text)
        => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ticks) ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    private static string Escape(string? text) => text is null ? string.Empty : Uri.EscapeDataString(text);

    private static string? Unescape(string text) => text.Length == 0 ? null : Uri.UnescapeDataString(text);
}
