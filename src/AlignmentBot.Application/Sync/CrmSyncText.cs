using System.Globalization;

namespace AlignmentBot.Application.Sync;

/// <summary>The sync's status and mapping as plain lines, the same in chat and on the command line.</summary>
public static class CrmSyncText
{
    public static IReadOnlyList<string> Status(CrmSyncStatus status)
    {
        var lines = new List<string>();
        if (status.Connections.Count == 0)
        {
            lines.Add("No CRM is connected. An admin can connect HubSpot or Salesforce: say \"connect hubspot\" in a direct message, or run `sync connect hubspot --token-stdin` on the server.");
            return lines;
        }

        foreach (var c in status.Connections)
        {
            if (c.Connection is { } connection)
            {
                var how = connection.Settings.Flow switch
                {
                    CrmAuthFlow.AccessToken => "private app token",
                    CrmAuthFlow.ClientCredentials => "connected app, client credentials",
                    _ => $"connected app, JWT bearer as {connection.Settings.Username}",
                };
                lines.Add($"**{CrmNames.Label(c.Source)}**: connected {Day(connection.ConnectedAt)} by {connection.ConnectedBy} ({how}).");
            }
            else
            {
                lines.Add($"**{CrmNames.Label(c.Source)}**: not connected now; what it synced before is kept.");
            }

            if (c.LastRun is { } last)
            {
                lines.Add($"• Last run: {Run(last)}");
                if (last.State != CrmRunState.Succeeded && c.LastSuccess is { } ok)
                {
                    lines.Add($"• Last successful run: {Run(ok)}");
                }
            }
            else
            {
                lines.Add("• Not synced yet.");
            }

            foreach (var cursor in c.Cursors.OrderBy(x => x.Kind))
            {
                var upTo = cursor.Cursor.Since is { } since ? $"changes up to {CrmSyncService.Format(since)}" : "nothing yet";
                lines.Add($"• {Capital(CrmNames.Objects(c.Source, cursor.Kind))}: synced {upTo} (saved {CrmSyncService.Format(cursor.UpdatedAt)}).");
            }
        }

        if (status.Connections.All(c => c.Connection is null))
        {
            lines.Add("No CRM is connected now, so nothing is synced until an admin connects one again.");
        }

        if (status.RunningLease is { } lease)
        {
            var progress = status.RunningRun is { } r ? $": {CrmNames.Label(r.Source)}, {r.Fetched} records read so far, {r.Changed} new or changed" : string.Empty;
            lines.Add($"A sync is running now (started {CrmSyncService.Format(lease.AcquiredAt)}){progress}.");
        }

        if (status.NextScheduled is { } next)
        {
            lines.Add($"Next scheduled sync: {CrmSyncService.Format(next)}.");
        }

        return lines;
    }

    public static IReadOnlyList<string> Mapping(IReadOnlyList<CrmMappingRule> rules)
    {
        var lines = rules.Select(r => r.Describe() + (r.SeenInData ? string.Empty : " — not in your data yet")).ToList();
        foreach (var source in rules.Select(r => r.Source).Distinct())
        {
            var deals = source == CrmSource.HubSpot ? "deals" : "opportunities";
            var won = source == CrmSource.HubSpot ? "hs_is_closed_won" : "IsWon";
            lines.Add($"{CrmNames.Label(source)} {deals} count as opportunities (and their amount as pipeline) on the day they are created; won ones ({won}) count as revenue and a won deal on their close date.");
        }

        return lines;
    }

    private static string Run(CrmSyncRun run)
    {
        var state = run.State switch
        {
            CrmRunState.Succeeded => "finished",
            CrmRunState.Running => "running",
            CrmRunState.Failed => "failed",
            _ => "interrupted",
        };
        var when = run.FinishedAt is { } f ? CrmSyncService.Format(f) : CrmSyncService.Format(run.StartedAt);
        var detail = run.State != CrmRunState.Succeeded && run.Detail is { } d ? $" — {d}" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{state} {when} ({Trigger(run.Trigger)}), {run.Fetched:N0} records read, {run.Changed:N0} new or changed{detail}");
    }

    private static string Trigger(CrmSyncTrigger trigger) => trigger switch
    {
        CrmSyncTrigger.Schedule => "scheduled",
        CrmSyncTrigger.Chat => "asked for in chat",
        CrmSyncTrigger.CommandLine => "command line",
        CrmSyncTrigger.Connect => "after connecting",
        _ => "demo",
    };

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
