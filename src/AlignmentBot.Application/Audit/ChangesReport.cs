using System.Globalization;
using System.Text;

namespace AlignmentBot.Application.Audit;

/// <summary>
/// "What changed this week?" answered: one line per change, grouped by day, newest first, naming who did it and
/// where, with before → after for the fields that changed.
/// </summary>
public static class ChangesReport
{
    public const int MaxLines = 30;
    private const int MaxFieldsPerLine = 4;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Render(IReadOnlyList<AuditEntry> newestFirst, ChangesQuery query, TimeZoneInfo zone)
    {
        if (newestFirst.Count == 0)
        {
            return $"Nothing {(query.Areas.Count == 0 ? string.Empty : $"about {Areas(query)} ")}changed {query.Label}.";
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Count(newestFirst.Count)} {query.Label}{(query.Areas.Count == 0 ? string.Empty : $" ({Areas(query)})")}, newest first:");
        DateOnly? day = null;
        foreach (var entry in newestFirst.Take(MaxLines))
        {
            var local = TimeZoneInfo.ConvertTime(entry.At, zone);
            var date = DateOnly.FromDateTime(local.DateTime);
            if (date != day)
            {
                day = date;
                text.Append("\n**").Append(date.ToString("dddd d MMM", Invariant)).Append("**");
            }

            text.Append("\n• ").Append(local.ToString("HH:mm", Invariant)).Append(' ').Append(Line(entry));
        }

        if (newestFirst.Count > MaxLines)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n…and {newestFirst.Count - MaxLines} more. The `audit` command on the server exports all of them as CSV.");
        }

        return text.ToString();
    }

    /// <summary>"Dana in #marketing changed the MQLs goal: target 150 → 200".</summary>
    public static string Line(AuditEntry entry) => $"{Who(entry.Actor)} {What(entry)}";

    public static string Who(AuditActor actor) => actor.Kind switch
    {
        AuditActorKind.Person => actor.Place switch
        {
            null => actor.Name,
            "direct message" => $"{actor.Name} in a direct message",
            var place => $"{actor.Name} in {place}",
        },
        AuditActorKind.CommandLine => "Someone on the command line",
        AuditActorKind.Import => actor.PersonId is null ? "An import" : $"An import by {actor.Name}",
        _ => "AlignmentBot",
    };

    /// <summary>The field changes as "target 150 → 200; deadline 2027-03-31 → 2027-06-30".</summary>
    public static string Changes(AuditEntry entry, int max = int.MaxValue)
    {
        var changes = entry.Changes();
        var shown = changes.Take(max).Select(c => $"{c.Field} {c.Before ?? "–"} → {c.After ?? "–"}");
        var more = changes.Count > max ? $"; {changes.Count - max} more" : string.Empty;
        return string.Join("; ", shown) + more;
    }

    private static string What(AuditEntry e)
    {
        var changes = Changes(e, MaxFieldsPerLine);
        var after = e.After;
        return e.Kind switch
        {
            AuditKinds.GoalCreated => $"created the {e.Subject}: {Fields(after, "target", "per", "deadline", "owner")}",
            AuditKinds.GoalChanged => $"changed the {e.Subject}: {changes}",
            AuditKinds.MeasurementRecorded => $"recorded {e.Subject}: {after?["value"]}",
            AuditKinds.MeasurementChanged => $"corrected {e.Subject}: {changes}",
            AuditKinds.MeasurementRemoved => $"took back {e.Subject}",
            AuditKinds.RequestRemoved => $"took back the request {e.Subject}",
            AuditKinds.Imported => $"imported {e.SubjectId}: {Fields(after, "measurements", "metrics", "periods", "leads", "account lists")}",
            AuditKinds.RequestLogged => $"logged the {e.Subject}{(after?["requested by"] is { } by ? $" for {by}" : string.Empty)}",
            AuditKinds.RequestChanged => $"changed the {e.Subject}: {changes}",
            AuditKinds.LeadDecided when after?["decision"] == "accepted" => $"accepted {e.Subject}",
            AuditKinds.LeadDecided => $"rejected {e.Subject}{(after?["reason"] is { } reason ? $": {reason}" : string.Empty)}",
            AuditKinds.LeadUndone => $"undid the verdict on {e.Subject}: {changes}",
            AuditKinds.SlaProposed => $"proposed a lead agreement: {after?["leads"]} leads a {after?["per"]}, follow-up within {after?["follow-up hours"]} hours",
            AuditKinds.SlaSigned => $"signed the lead agreement for {Side(e)} ({after?["leads"]} leads a {after?["per"]}, follow-up within {after?["follow-up hours"]} hours)"
                                    + (after?["status"] == "active" && e.Before?["status"] != "active" ? "; it is now active" : string.Empty),
            AuditKinds.SlaReplaced => "retired the earlier lead agreement (the new proposal replaces it)",
            AuditKinds.SlaWithdrawn => "withdrew a proposed lead agreement",
            AuditKinds.SlaUnsigned => $"took back their signature for {Side(e)} on the lead agreement ({after?["leads"]} leads a {after?["per"]}, follow-up within {after?["follow-up hours"]} hours)"
                                      + (e.Before?["status"] == "active" ? "; it is no longer in force" : string.Empty),
            AuditKinds.SlaReinstated => "put the earlier lead agreement back in force (the signature that replaced it was taken back)",
            AuditKinds.RoleChanged => $"changed {e.Subject}: {e.Before?["role"] ?? "none"} → {after?["role"] ?? "none"}",
            AuditKinds.SubscriptionAdded => $"started the {e.Subject}: {after?["schedule"]}",
            AuditKinds.SubscriptionChanged => $"changed the {e.Subject}: {changes}",
            AuditKinds.SubscriptionStopped => $"stopped the {e.Subject}",
            AuditKinds.HolidayAdded => $"added a {e.Subject}{(after?["name"] is { } name ? $" ({name})" : string.Empty)}",
            AuditKinds.HolidayChanged => $"renamed the {e.Subject}: {changes}",
            AuditKinds.HolidayRemoved => $"removed the {e.Subject}",
            AuditKinds.WorkspaceCreated => "set up this workspace",
            AuditKinds.WorkspaceChanged => $"changed the workspace settings: {changes}",
            AuditKinds.PersonForgotten => $"had {e.Subject} forgotten: {Fields(after, "removed", "anonymised")}",
            AuditKinds.WorkspaceUninstalled => $"uninstalled the app: {Fields(after, "delete after")}",
            AuditKinds.WorkspaceReinstalled => "brought the app back; the scheduled deletion is cancelled",
            AuditKinds.CrmConnected when e.Before is null => $"connected {CrmLabel(e)}{(after?["address"] is { } address ? $" ({address})" : string.Empty)}",
            AuditKinds.CrmConnected => $"connected {CrmLabel(e)} again with new credentials{(changes.Length == 0 ? string.Empty : $": {changes}")}",
            AuditKinds.CrmDisconnected => $"disconnected {CrmLabel(e)}; its credentials are deleted",
            AuditKinds.CrmMappingChanged => $"changed what {e.Subject} counts as: {e.Before?["counts as"] ?? "–"} → {after?["counts as"] ?? "–"}{(after?["mapping"] == "default" ? " (back to the default)" : string.Empty)}",
            AuditKinds.CrmSyncRequested => $"started a sync of {after?["crm"]} ({after?["reads"]})",
            _ => changes.Length == 0 ? $"{e.Kind} {e.Subject}" : $"{e.Kind} {e.Subject}: {changes}",
        };
    }

    private static string CrmLabel(AuditEntry e) => e.Subject.Replace(" connection", string.Empty, StringComparison.Ordinal);

    private static string Side(AuditEntry e)
        => e.Changes().Any(c => c.Field == "sales signed") ? e.Changes().Any(c => c.Field == "marketing signed") ? "both sides" : "sales" : "marketing";

    private static string Fields(AuditFields? fields, params string[] names)
        => fields is null ? string.Empty : string.Join(", ", names.Where(n => fields[n] is not null).Select(n => $"{n} {fields[n]}"));

    private static string Count(int n) => n == 1 ? "1 change" : $"{n.ToString(Invariant)} changes";

    private static string Areas(ChangesQuery query) => string.Join(", ", query.Areas.Select(a => a switch
    {
        "sla" => "the lead agreement",
        "subscription" => "digests",
        "measurement" => "numbers",
        "import" => "imports",
        "workspace" => "settings",
        "crm" => "the CRM sync",
        _ => a + "s",
    }).Distinct());
}
