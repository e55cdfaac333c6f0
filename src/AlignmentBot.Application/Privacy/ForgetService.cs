using AlignmentBot.Application.Ports;
using AlignmentBot.Conversations.State;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Privacy;

/// <summary>Forgets a person: their personal data goes or becomes a pseudonym; the company's numbers stay.</summary>
public sealed class ForgetService(IPersonalDataStore store, IConversationStateStore states)
{
    public async Task<ForgetReport> ForgetAsync(WorkspaceId workspaceId, string userId, string displayName, CancellationToken cancellationToken)
    {
        var report = await store.ForgetAsync(workspaceId, userId, displayName, Pseudonym.New(), cancellationToken);

        // The rows are gone already; this also drops any copy a cache in front of the store still holds.
        foreach (var key in report.StateKeys)
        {
            await states.DeleteAsync(workspaceId.Value, key, cancellationToken);
        }

        return report;
    }

    /// <summary>What the person is told before they say yes.</summary>
    public static string Question(string name, bool self) => self
        ? "Forget you? I'd delete your person record (your name, role and time zone), the addresses of our direct messages and our unfinished conversations, " +
          "and put a pseudonym such as “Former member 3f2a” where goals, requests, lead verdicts, agreement signatures, measurements, digest settings, CRM connections and sync runs and the change history name you. " +
          "The numbers, goals, verdicts with their reasons and the agreement's terms stay: they're the company's records. This can't be undone."
        : $"Forget {name}? I'd delete their person record (name, role and time zone), the addresses of their direct messages with me and their unfinished conversations, " +
          "and put a pseudonym such as “Former member 3f2a” where goals, requests, lead verdicts, agreement signatures, measurements, digest settings, CRM connections and sync runs and the change history name them. " +
          "The numbers, goals, verdicts with their reasons and the agreement's terms stay. This can't be undone.";

    /// <summary>Exactly what was removed and what was kept, counted.</summary>
    public static string Summary(ForgetReport r, string name, bool self)
    {
        var your = self ? "your" : "their";
        var removed = new List<string>();
        if (r.PersonRemoved)
        {
            removed.Add($"{your} person record (name, role and time zone)");
        }

        if (r.DirectMessageAddresses > 0)
        {
            removed.Add(Plural(r.DirectMessageAddresses, "direct-message address", "direct-message addresses"));
        }

        if (r.StateKeys.Count > 0)
        {
            removed.Add(Plural(r.StateKeys.Count, "saved conversation", "saved conversations"));
        }

        var renamed = new[]
        {
            (r.Goals, "goal", "goals"), (r.Requests, "request", "requests"), (r.LeadVerdicts, "lead verdict", "lead verdicts"),
            (r.AgreementSignatures, "agreement signature", "agreement signatures"), (r.Measurements, "measurement", "measurements"),
            (r.DigestSettings, "digest setting", "digest settings"),
        }.Where(x => x.Item1 > 0).Select(x => Plural(x.Item1, x.Item2, x.Item3)).ToList();

        var lines = new List<string> { self ? "Done: I've forgotten you." : $"Done: I've forgotten {name}." };
        lines.Add(removed.Count == 0 ? "Removed: nothing; I held no person record for them." : $"Removed: {Join(removed)}.");
        lines.Add(renamed.Count == 0
            ? $"No goal, request, verdict, signature, measurement or digest setting named {(self ? "you" : "them")}."
            : $"Anonymised: {your} name on {Join(renamed)} now reads “{r.Pseudonym.Name}”.");
        if (r.AuditEntries > 0)
        {
            lines.Add($"{Plural(r.AuditEntries, "entry", "entries")} in the change history no longer name {(self ? "you" : "them")}.");
        }

        lines.Add("Kept: every number, goal, request, lead verdict and its reason, and the lead agreement's terms. They are the company's records.");
        lines.Add(self ? "If you write to me again, I'll treat you as someone new." : $"If {name} writes to me again, I'll treat them as someone new.");
        return string.Join("\n", lines);
    }

    private static string Plural(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";

    private static string Join(IReadOnlyList<string> items)
        => items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
}
