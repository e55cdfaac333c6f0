using System.Globalization;
using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Cards;
using AlignmentBot.Application.Permissions;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.References;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Permissions;

namespace AlignmentBot.Application.Dialogs.Leads;

/// <summary>Finds leads and records sales' verdict on them ("a judicial branch for leads").</summary>
public sealed partial class LeadFeedbackService(ILeadStore leads, ActionReferences references, PermissionGate gate)
{
    public const int RecentDays = 120;
    public const string LeadKind = "lead";
    public const string UndoKind = "lead.undo";

    /// <summary>How far back a partial id ("1339" for DEMO-1339) is looked for.</summary>
    public const int PartialIdDays = 730;

    public async Task<IReadOnlyList<Lead>> FindAsync(TurnScope scope, string? reference, string? company, DateTimeOffset now, CancellationToken ct)
    {
        if (reference is not null)
        {
            if (await leads.FindAsync(scope.Workspace.Id, reference, ct) is { } byId)
            {
                return [byId];
            }

            if (await leads.FindAsync(scope.Workspace.Id, reference.ToUpperInvariant(), ct) is { } byUpper)
            {
                return [byUpper];
            }

            // A partial or differently cased id ("1339", "demo-1339") is matched against the ids we have, never invented.
            var known = await leads.ListAsync(scope.Workspace.Id, now.AddDays(-PartialIdDays), ct);
            var matches = known.Where(l => l.ExternalId.Equals(reference, StringComparison.OrdinalIgnoreCase)
                                           || l.ExternalId.EndsWith("-" + reference, StringComparison.OrdinalIgnoreCase)).OrderByDescending(l => l.CreatedAt).Take(6).ToArray();
            if (matches.Length > 0 || company is null)
            {
                return matches;
            }
        }

        if (company is null)
        {
            return [];
        }

        var recent = await leads.ListAsync(scope.Workspace.Id, now.AddDays(-RecentDays), ct);
        return recent.Where(l => l.Company is { } c && c.Contains(company, StringComparison.OrdinalIgnoreCase)).OrderByDescending(l => l.CreatedAt).Take(6).ToArray();
    }

    /// <summary>The companies of recent leads, decided or not, for reading which lead a question names ("why did we bin Globex?").</summary>
    public async Task<IReadOnlyList<string>> CompaniesAsync(TurnScope scope, DateTimeOffset now, CancellationToken ct)
        => (await leads.ListAsync(scope.Workspace.Id, now.AddDays(-RecentDays), ct)).Select(l => l.Company).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    public async Task<IReadOnlyList<Lead>> PendingAsync(TurnScope scope, DateTimeOffset now, CancellationToken ct)
        => (await leads.ListAsync(scope.Workspace.Id, now.AddDays(-RecentDays), ct)).Where(l => l.Decision == LeadDecision.Pending && l.IsDelivered).OrderBy(l => l.CreatedAt).ToArray();

    /// <summary>
    /// The pending leads a message names by company: the whole name as written ("Vandelay Telecom is just kicking tyres"),
    /// else a word of it ("the robotics lead", "that aperture one"), with the words that named them for the question "which …?".
    /// </summary>
    public async Task<(IReadOnlyList<Lead> Leads, string? Label)> PendingNamedAsync(TurnScope scope, string text, DateTimeOffset now, CancellationToken ct)
    {
        var waiting = await PendingAsync(scope, now, ct);
        var whole = waiting.Where(l => l.Company is { Length: > 2 } c && SaysWord(text, c)).ToArray();
        if (whole.Length > 0)
        {
            return (whole, whole[0].Company);
        }

        // Short words ("Labs" is the shortest company word) and words every message may have are no name.
        var byWord = waiting.Select(l => (Lead: l, Word: l.Company?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(w => w.Length >= 4 && SaysWord(text, w))))
            .Where(x => x.Word is not null).ToArray();
        return byWord.Length == 0 ? ([], null) : (byWord.Select(x => x.Lead).ToArray(), byWord[0].Word!.ToLowerInvariant());
    }

    private static bool SaysWord(string text, string words)
        => System.Text.RegularExpressions.Regex.IsMatch(text, $@"(?<![\w-]){System.Text.RegularExpressions.Regex.Escape(words)}(?![\w-])",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>The triage card for one lead, its buttons behind a reference to that lead.</summary>
    public async Task<OutgoingMessage> TriageAsync(TurnScope scope, Lead lead, int remaining, CancellationToken ct)
        => LeadCards.Triage(lead, remaining, await references.IssueAsync(scope, LeadKind, lead.ExternalId, cancellationToken: ct));

    /// <summary>
    /// Records the decision and answers with this month's top reasons. What the Undo button and "undo that" need to take it
    /// back is <see cref="VerdictRecorded.Undo"/>. Null when the lead is not there (deleted since its card was shown): a
    /// verdict never creates a lead; callers say <see cref="NotFound"/>.
    /// </summary>
    /// <param name="amends">The verdict just given is changed ("actually no budget"): what it replaced stays what taking it back restores.</param>
    public async Task<VerdictRecorded?> RecordAsync(TurnScope scope, string externalId, bool accept, RejectionReason? reason, string? note, DateTimeOffset now, DateOnly today, CancellationToken ct,
        bool amends = false)
    {
        if (await leads.FindAsync(scope.Workspace.Id, externalId, ct) is not { } lead)
        {
            return null;
        }

        var decided = accept ? lead.Accept(scope.Person.Ref, now) : lead.Reject(reason ?? RejectionReason.Other, note, scope.Person.Ref, now);

        // Following a lead up is what deciding on it takes; the SLA's follow-up clock stops here if nothing earlier was recorded.
        decided = decided with { FirstFollowUpAt = decided.FirstFollowUpAt ?? now, VerdictBefore = amends && lead.VerdictBefore is { } first ? first : decided.VerdictBefore };
        await leads.UpsertAsync(scope.Workspace.Id, [decided], ct);
        var month = Periods.Containing(today, PeriodKind.Month);
        var monthLeads = await leads.ListAsync(scope.Workspace.Id, new DateTimeOffset(month.Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), ct);

        // What Undo restores stays on the server, tied to this very decision.
        var undo = LeadUndoData.Write(lead.Verdict, now, decided.DecidedById);
        var token = await references.IssueAsync(scope, UndoKind, externalId, data: undo, cancellationToken: ct);
        return new VerdictRecorded(LeadCards.Recorded(decided, SlaCompliance.TopReasons(monthLeads, 3), token), undo);
    }

    /// <summary>
    /// A verdict on a lead that is decided already ("accept 1339" when Alex accepted it last week): the same verdict is said to be
    /// there (by whom, when) and nothing changes; another verdict, or another reason, changes it only for its decider or an
    /// admin (the permission gate, as taking it back), and anyone else is told who decided it and who may change it. Null when
    /// the lead waits for its verdict, or the change is allowed: then it is recorded as usual.
    /// </summary>
    public async Task<string?> DecidedAlreadyAsync(TurnScope scope, string externalId, bool accept, RejectionReason? reason, CancellationToken ct)
    {
        if (await leads.FindAsync(scope.Workspace.Id, externalId, ct) is not { } lead || lead.Decision == LeadDecision.Pending)
        {
            return null;
        }

        var name = lead.Company is { } company ? $"lead {lead.ExternalId} ({company})" : $"lead {lead.ExternalId}";
        var was = lead.Decision == LeadDecision.Accepted ? "accepted" : $"rejected ({RejectionReasons.Label(lead.RejectionReason ?? RejectionReason.Other)})";
        var by = lead.DecidedBy is { } decider ? $" by {(lead.DecidedById is { } id && id == scope.Person.UserId ? "you" : decider)}" : string.Empty;
        var when = lead.DecidedAt is { } at ? $" on {Formatting.Date(DateOnly.FromDateTime(at.UtcDateTime))}" : string.Empty;
        var told = $"{char.ToUpperInvariant(name[0])}{name[1..]} was already {was}{by}{when}";
        var same = accept ? lead.Decision == LeadDecision.Accepted : lead.Decision == LeadDecision.Rejected && (reason is null || reason == lead.RejectionReason);
        if (same)
        {
            return $"{told}, so I haven't changed anything.";
        }

        var permission = PermissionGate.Check(scope, PermissionAction.UndoLeadDecision, new PermissionResource { AuthorId = lead.DecidedById });
        return permission.Allowed ? null : $"{told}; it stays as it is. {await gate.RefusalAsync(scope, permission, ct)}";
    }

    /// <summary>What a verdict on a lead that is not there any more answers; nothing is recorded.</summary>
    public static string NotFound(string externalId) => $"I can't find lead {externalId} any more, so I haven't recorded anything for it.";

    /// <summary>
    /// "can you undo the rejection on 1252?", "wait, undo sam's one on hooli", "put 1194 back to pending" (<see cref="VerdictUndo"/>):
    /// a verdict taken back by naming its lead, later or right after it. Only its decider or an admin may (the permission gate), so
    /// anyone else gets the refusal naming who may and the lead stays as it is; for them the lead is put back as the verdict
    /// found it (<see cref="Lead.VerdictBefore"/>, kept with the verdict), or pending when the verdict came from before that
    /// was kept (an import, an older verdict); the lead just decided too, as its "undo that" would (a change of reason right
    /// after it keeps what the first verdict replaced). Null when the text takes nothing back or names no decided lead.
    /// </summary>
    public async Task<string?> UndoNamedAsync(TurnScope scope, string text, DateTimeOffset now, CancellationToken ct)
    {
        if (!VerdictUndo.Shaped(text) || VerdictUndo.Read(text, await CompaniesAsync(scope, now, ct)) is not { } named)
        {
            return null;
        }

        // By id, the lead with that id; by company, every recent decided lead whose company has those words ("globex" may be
        // Globex Pharma or Globex Logistics). The one meant is the one whose decider the message names ("sam's rejection",
        // "my call"), then whose verdict it names ("the rejection on", "un-accept"), then the one decided last.
        var id = LeadHistory.IsId(named);
        var candidates = id
            ? await FindAsync(scope, named, null, now, ct)
            : (await leads.ListAsync(scope.Workspace.Id, now.AddDays(-RecentDays), ct)).Where(l => l.Company is { } c && c.Contains(named, StringComparison.OrdinalIgnoreCase)).ToArray();
        var verdict = NamedVerdict(text);
        var decided = candidates
            .Where(l => l.Decision != LeadDecision.Pending)
            .OrderByDescending(l => NamesDecider(text, l, scope))
            .ThenByDescending(l => verdict == l.Decision)
            .ThenByDescending(l => l.DecidedAt)
            .FirstOrDefault();
        if (decided is null)
        {
            return null;
        }

        var permission = PermissionGate.Check(scope, PermissionAction.UndoLeadDecision, new PermissionResource { AuthorId = decided.DecidedById });
        if (!permission.Allowed)
        {
            return await gate.RefusalAsync(scope, permission, ct);
        }

        var before = decided.Undoable ?? new LeadVerdict(LeadDecision.Pending, null, null, decided.Stage, decided.FirstFollowUpAt, null, null, null);
        var restored = decided.Restore(before);
        await leads.UpsertAsync(scope.Workspace.Id, [restored], ct);
        var what = decided.Decision == LeadDecision.Accepted ? "acceptance" : "rejection";
        var lead = decided.Company is { } company ? $"lead {decided.ExternalId} ({company})" : $"lead {decided.ExternalId}";
        return restored.Decision == LeadDecision.Pending
            ? $"Undone: {lead} is pending again (its {what} is taken back)."
            : $"Undone: {lead} is back to {restored.Decision.ToString().ToLowerInvariant()}{(restored.DecidedBy is { } by ? $" (by {by})" : string.Empty)}; its {what} is taken back.";
    }

    /// <summary>Whether the message names who made the lead's verdict: their first name ("sam's one"), or "my call", "the one I rejected" for the speaker's own.</summary>
    private static bool NamesDecider(string text, Lead lead, TurnScope scope)
    {
        if (lead.DecidedBy is not { } by)
        {
            return false;
        }

        if (lead.DecidedById is { } decider && decider == scope.Person.UserId && OwnVerdict().IsMatch(text))
        {
            return true;
        }

        var first = by.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return first is { Length: > 1 } && SaysWord(text, first);
    }

    /// <summary>The kind of verdict the message takes back, when it says one ("the rejection on", "un-accept"), else null.</summary>
    private static LeadDecision? NamedVerdict(string text)
        => RejectionWord().IsMatch(text) ? LeadDecision.Rejected : AcceptanceWord().IsMatch(text) ? LeadDecision.Accepted : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:my|mine)\b|\bi\s+(?:just\s+)?(?:made|gave|did|rejected|accepted|binned|tossed|took|passed)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex OwnVerdict();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:un-?)?(?:reject\w*|bin|binned|binning|declin\w*|trash\w*|junk\w*|toss\w*|kill\w*|chuck\w*|pass(?:ed)?)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex RejectionWord();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:un-?)?(?:accept\w*|approv\w*)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex AcceptanceWord();

    /// <summary>Undo: only the decision the card recorded, by the person who made it or an admin.</summary>
    public Task<string> UndoAsync(TurnScope scope, ActionReference reference, CancellationToken ct)
        => UndoAsync(scope, reference.TargetId, reference.Data, ct);

    /// <summary>
    /// "Undo that" right after a decision, or its card's Undo: puts the lead back as it was before the decision that
    /// <paramref name="undo"/> (<see cref="VerdictRecorded.Undo"/>) describes, only while the lead still carries that
    /// decision, by its decider or an admin.
    /// </summary>
    public async Task<string> UndoAsync(TurnScope scope, string externalId, string? undo, CancellationToken ct)
    {
        if (LeadUndoData.Read(undo) is not { } data)
        {
            return ActionReferences.NotValid;
        }

        if (await leads.FindAsync(scope.Workspace.Id, externalId, ct) is not { } lead)
        {
            return $"Lead {externalId} no longer exists.";
        }

        // Who may undo is decided first, on the decision the Undo was issued for (its decider, kept with it), before anything
        // about the lead's state is told.
        var decidedNow = lead.DecidedAt?.ToUnixTimeMilliseconds() == data.DecidedMs;
        var author = data.DecidedById ?? (decidedNow ? lead.DecidedById : null);
        var permission = PermissionGate.Check(scope, PermissionAction.UndoLeadDecision, new PermissionResource { AuthorId = author });
        if (!permission.Allowed)
        {
            return await gate.RefusalAsync(scope, permission, ct);
        }

        if (!decidedNow)
        {
            // A second press of the same Undo, or another person's: it is done already, and saying so is the whole answer.
            return data.IsRestoredIn(lead)
                ? $"Undone: lead {lead.ExternalId} is already {(lead.Decision == LeadDecision.Pending ? "pending" : lead.Decision.ToString().ToLowerInvariant())} again; there is nothing more to take back."
                : $"Lead {lead.ExternalId} was decided again since{(lead.DecidedBy is { } by ? $" (by {by})" : string.Empty)}, so this Undo no longer applies.";
        }

        var what = lead.Decision == LeadDecision.Accepted ? "acceptance" : "rejection";
        await leads.UpsertAsync(scope.Workspace.Id, [data.Restore(lead)], ct);
        return data.Decision == LeadDecision.Pending
            ? $"Undone: lead {lead.ExternalId} is pending again (its {what} is taken back)."
            : $"Undone: lead {lead.ExternalId} is back to {data.Decision.ToString().ToLowerInvariant()} (its {what} is taken back).";
    }
}

/// <summary>A verdict just recorded: the reply to show, and what taking it back needs.</summary>
public sealed record VerdictRecorded(OutgoingMessage Reply, string Undo);
