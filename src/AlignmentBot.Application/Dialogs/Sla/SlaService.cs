using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Cards;
using AlignmentBot.Application.Permissions;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.References;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Leads;
using AlignmentBot.Domain.Permissions;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Dialogs.Sla;

/// <summary>
/// The lead agreement by version: shown with this month's compliance, proposed by a lead or leadership, signed for each
/// side by that side's lead. A signature binds to the version on the card, and the agreement in force stays until its
/// replacement is signed by both sides, two different people.
/// </summary>
public sealed class SlaService(ISlaStore slas, ILeadStore leads, PermissionGate gate, ActionReferences references)
{
    public const string SignKind = "sla.sign";

    /// <summary>The agreement in force (with compliance) and the proposal waiting for signatures, each as a card.</summary>
    public async Task<IReadOnlyList<OutgoingMessage>> ShowAsync(TurnScope scope, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var active = await slas.GetActiveAsync(scope.Workspace.Id, ct);
        var pending = await slas.GetPendingAsync(scope.Workspace.Id, ct);
        if (active is null && pending is null)
        {
            return [new OutgoingMessage("There's no lead agreement yet. It's worth having one: marketing commits to a number of qualified leads, sales to how fast it follows up, and rejected leads get a reason. " +
                                        "Propose one like \"propose an SLA: 200 MQLs a month, follow-up within 24 hours\".")];
        }

        var cards = new List<OutgoingMessage>();
        if (active is not null)
        {
            cards.Add(await InForceCardAsync(scope, active, today, now, ct));
        }

        if (pending is not null)
        {
            cards.Add(await PendingCardAsync(scope, pending, active, ct));
        }

        return cards;
    }

    /// <summary>The agreement in force as its card, with this month's compliance so far.</summary>
    private async Task<OutgoingMessage> InForceCardAsync(TurnScope scope, LeadSla active, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var month = Periods.Containing(today, PeriodKind.Month);
        var monthLeads = await leads.ListAsync(scope.Workspace.Id, new DateTimeOffset(month.Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), ct);
        return SlaCards.Show(active, SlaCompliance.Evaluate(active, monthLeads, new DateRange(month.Start, today), now));
    }

    /// <summary>
    /// A question about one part of the agreement (<see cref="SlaLookup.Part"/>), answered with that part: the one in force,
    /// what waits for signatures, the one before, or whose signature is missing, by name. Nothing changes, nothing starts.
    /// </summary>
    public async Task<IReadOnlyList<OutgoingMessage>> AnswerAsync(TurnScope scope, SlaLookup.Part part, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var active = await slas.GetActiveAsync(scope.Workspace.Id, ct);
        var pending = await slas.GetPendingAsync(scope.Workspace.Id, ct);
        switch (part)
        {
            case SlaLookup.Part.InForce when active is not null:
            {
                var card = await InForceCardAsync(scope, active, today, now, ct);
                return pending is null
                    ? [card]
                    : [card, new OutgoingMessage($"Version {active.Version} is the one in force. Version {pending.Version} ({Terms(pending)}) is proposed and waits for {Unsigned(pending)} to sign; until then nothing changes. Say \"show the proposed SLA\" to see it.")];
            }

            case SlaLookup.Part.Proposal:
                return pending is not null
                    ? [await PendingCardAsync(scope, pending, active, ct)]
                    : [new OutgoingMessage("Nothing is waiting for a signature: no proposal is open." +
                                           (active is null ? " There is no lead agreement yet." : $" Version {active.Version} is in force: {Terms(active)}, signed by {active.Marketing!.Name} for marketing and {active.Sales!.Name} for sales."))];

            case SlaLookup.Part.Missing when pending is not null:
            {
                var missing = new List<string>();
                foreach (var (side, role) in new[] { (Function.Marketing, Role.MarketingLead), (Function.Sales, Role.SalesLead) })
                {
                    if (pending.SignatureFor(side) is null)
                    {
                        var who = scope.Actor.Role == role ? "you" : await gate.NamedAsync(scope, new WhoCan([role], false, []), ct) ?? $"the {Roles.Noun(side)} lead";
                        missing.Add($"for {Roles.Noun(side)} ({who})");
                    }
                }

                var signed = new[] { pending.Marketing is { } m ? $"{m.Name} signed for marketing" : null, pending.Sales is { } sa ? $"{sa.Name} signed for sales" : null }.Where(x => x is not null);
                var signedLine = signed.Any() ? " " + string.Join("; ", signed) + "." : string.Empty;
                return [new OutgoingMessage($"Version {pending.Version} ({Terms(pending)}, proposed by {pending.ProposedBy}) still needs a signature {string.Join(" and ", missing)}.{signedLine}" +
                                            (active is null ? string.Empty : $" Until it is signed by both sides, version {active.Version} stays in force ({Terms(active)})."))];
            }

            case SlaLookup.Part.Missing when active is not null:
                return [new OutgoingMessage($"No signature is missing: no proposal is open, and version {active.Version} is in force ({Terms(active)}), signed by {active.Marketing!.Name} for marketing and {active.Sales!.Name} for sales.")];

            case SlaLookup.Part.Previous when active is not null:
            {
                var before = await slas.GetSignedBeforeAsync(scope.Workspace.Id, active.Version, ct);
                var now2 = $"Version {active.Version} is in force now: {Terms(active)}.";
                return [new OutgoingMessage(before is null
                    ? $"There was no agreement before this one. {now2}"
                    : $"Before it, version {before.Version} was in force: {Terms(before)}, signed by {before.Marketing!.Name} for marketing and {before.Sales!.Name} for sales. {now2}")];
            }

            default:
                return await ShowAsync(scope, today, now, ct);
        }
    }

    private static string Terms(LeadSla sla) => $"{sla.LeadsPerPeriod} MQLs a {Periods.Noun(sla.Period)}, follow-up within {Formatting.Number(sla.FollowUpHours)} hours";

    private static string Unsigned(LeadSla sla) => string.Join(" and ", new[] { sla.Marketing is null ? "marketing" : null, sla.Sales is null ? "sales" : null }.OfType<string>());

    /// <summary>The proposal waiting for signatures, if any: what a counter-proposal answers.</summary>
    public Task<LeadSla?> PendingAsync(TurnScope scope, CancellationToken ct) => slas.GetPendingAsync(scope.Workspace.Id, ct);

    /// <summary>
    /// Whether a proposal waits for the signature of the speaker's own side: only then is a plain "works for us, count
    /// sales in" that signature (<see cref="SlaSigning"/>), not an answer to something else.
    /// </summary>
    public async Task<bool> AwaitsOwnSideAsync(TurnScope scope, CancellationToken ct)
        => await PendingAsync(scope, ct) is { } pending && SideOf(scope.Actor) switch
        {
            Function.Marketing => pending.Marketing is null,
            Function.Sales => pending.Sales is null,
            _ => false,
        };

    /// <summary>A new version; the proposer's own side is signed at once when they lead it. The agreement in force stays.</summary>
    public async Task<IReadOnlyList<OutgoingMessage>> ProposeAsync(TurnScope scope, SlaDraft draft, DateTimeOffset now, CancellationToken ct)
    {
        var permission = PermissionGate.Check(scope, PermissionAction.ProposeSla);
        if (!permission.Allowed)
        {
            return [await gate.RefusalAsync(scope, permission, ct)];
        }

        var period = Periods.TryParse(draft.Period, out var p) ? p : PeriodKind.Month;
        var proposal = await slas.SaveAsync(new LeadSla(draft.Id, scope.Workspace.Id, draft.Leads!.Value, period, draft.FollowUpHours!.Value, draft.Definition,
            scope.Person.DisplayName, now, ProposedById: scope.Person.UserId), ct);
        if (SideOf(scope.Actor) is { } side && PermissionGate.Check(scope, PermissionAction.ConfirmSla, new PermissionResource { Side = side }).Allowed)
        {
            proposal = await slas.TrySignAsync(scope.Workspace.Id, proposal.Id, side, new SlaConfirmation(scope.Person.UserId, scope.Person.DisplayName, now), ct) ?? proposal;
        }

        var active = await slas.GetActiveAsync(scope.Workspace.Id, ct);
        return [await PendingCardAsync(scope, proposal, active, ct)];
    }

    /// <summary>"Confirm the SLA": signs the proposal waiting, for the side named ("for sales") or else the person's own side.</summary>
    public async Task<(OutgoingMessage Reply, OutgoingMessage? Card, SignaturePut? Signed)> ConfirmAsync(TurnScope scope, DateTimeOffset now, CancellationToken ct, Function? named = null, bool bothSides = false)
    {
        var pending = await slas.GetPendingAsync(scope.Workspace.Id, ct);
        if (pending is null)
        {
            // "put me down to sign the sla for sales" from a rep: who may sign comes first, proposal or not, so the refusal
            // names the side's lead rather than asking for a proposal the speaker could not sign anyway.
            // Only a side said out loud: "hey, new here, what did marketing and sales agree on?" is no signature of the speaker's own.
            if (!bothSides && named is { } asked
                && PermissionGate.Check(scope, PermissionAction.ConfirmSla, new PermissionResource { Side = asked }) is { Allowed: false } refused)
            {
                return (await gate.RefusalAsync(scope, refused, ct), null, null);
            }

            // "sign the SLA for sales" with nothing waiting: say so, and what is in force, so nobody thinks they signed something.
            var inForce = await slas.GetActiveAsync(scope.Workspace.Id, ct);
            return ((inForce is null
                ? "Nothing is waiting for a signature: no proposal is open, and there is no lead agreement yet."
                : $"Nothing is waiting for a signature: no proposal is open. Version {inForce.Version} is in force ({inForce.LeadsPerPeriod} MQLs a {Periods.Noun(inForce.Period)}, follow-up within {Formatting.Number(inForce.FollowUpHours)} hours), signed by both sides.")
                + " To change it, propose new terms, e.g. \"propose an SLA: 200 MQLs a month, follow-up within 24 hours\".", null, null);
        }

        if (bothSides)
        {
            // "I'll just sign it for both sides": nobody may, whoever asks; the refusal names each side's lead, and nothing is signed.
            var refusal = Permission.Refuse(PermissionAction.ConfirmSla, "One person can't sign both sides of the lead agreement: the marketing lead signs for marketing and the sales lead for sales",
                new WhoCan([Role.MarketingLead, Role.SalesLead], false, []));
            return (await gate.RefusalAsync(scope, refusal, ct), null, null);
        }

        if (named is { } namedSide)
        {
            // A side said out loud is the side asked for: signing it is checked, never silently swapped for the speaker's own.
            return await SignAsync(scope, pending, namedSide, pending.Version, now, ct);
        }

        if (SideOf(scope.Actor) is not { } side)
        {
            var refusal = Permission.Refuse(PermissionAction.ConfirmSla, "Only the marketing lead and the sales lead sign the lead agreement; leadership can propose it",
                new WhoCan([Role.MarketingLead, Role.SalesLead], false, []));
            return (await gate.RefusalAsync(scope, refusal, ct), null, null);
        }

        return await SignAsync(scope, pending, side, pending.Version, now, ct);
    }

    /// <summary>A "Confirm for …" button: the version and side come from the card's reference, never from the client.</summary>
    public async Task<(OutgoingMessage Reply, OutgoingMessage? Card, SignaturePut? Signed)> ConfirmFromCardAsync(TurnScope scope, CardSubmission submission, DateTimeOffset now, CancellationToken ct)
    {
        if (await references.ResolveAsync(scope, submission, SignKind, ct) is not { } reference
            || !Guid.TryParse(reference.TargetId, out var id)
            || await slas.GetAsync(scope.Workspace.Id, id, ct) is not { } sla
            || !Enum.TryParse<Function>(reference.Data, out var side))
        {
            return (ActionReferences.NotValid, null, null);
        }

        return await SignAsync(scope, sla, side, reference.Version, now, ct);
    }

    private async Task<(OutgoingMessage Reply, OutgoingMessage? Card, SignaturePut? Signed)> SignAsync(TurnScope scope, LeadSla sla, Function side, int shownVersion, DateTimeOffset now, CancellationToken ct)
    {
        // Who may sign comes first, whatever state the version is in.
        var permission = PermissionGate.Check(scope, PermissionAction.ConfirmSla, new PermissionResource { Side = side, OtherSideSignatoryId = sla.OtherSignature(side)?.UserId });
        if (!permission.Allowed)
        {
            return (await gate.RefusalAsync(scope, permission, ct), null, null);
        }

        if (sla.Superseded || sla.Version != shownVersion)
        {
            var current = await slas.GetPendingAsync(scope.Workspace.Id, ct) ?? await slas.GetActiveAsync(scope.Workspace.Id, ct);
            var replaced = current is null ? string.Empty : $" The current one is version {current.Version}: say \"show the SLA\" to see it.";
            return ($"That card shows version {shownVersion} of the lead agreement, which has been replaced, so it can't be signed any more.{replaced}",
                new OutgoingMessage($"Version {shownVersion} of the lead agreement has been replaced."), null);
        }

        if (sla.IsActive)
        {
            return ($"Version {sla.Version} is already signed by both sides and in force.", null, null);
        }

        var (_, problem) = sla.Sign(side, scope.Person.Ref, now);
        if (problem is not null)
        {
            return (problem, null, null);
        }

        var signed = await slas.TrySignAsync(scope.Workspace.Id, sla.Id, side, new SlaConfirmation(scope.Person.UserId, scope.Person.DisplayName, now), ct);
        if (signed is null)
        {
            // Someone else got there first (the same side, or a newer version); say what is true now.
            var now2 = await slas.GetAsync(scope.Workspace.Id, sla.Id, ct);
            return (now2 is null || now2.Superseded ? $"Version {sla.Version} was replaced a moment ago; say \"show the SLA\" for the current one." : now2.Sign(side, scope.Person.Ref, now).Problem ?? "Someone signed that a moment ago; say \"show the SLA\" to see where it stands.", null, null);
        }

        if (signed.IsActive)
        {
            return ($"Signed. Version {signed.Version} of the lead agreement is in force: marketing delivers {signed.LeadsPerPeriod} MQLs a {Periods.Noun(signed.Period)}, sales follows up within {Formatting.Number(signed.FollowUpHours)} hours.",
                SlaCards.Show(signed, null), new SignaturePut(signed.Id, side));
        }

        var active = await slas.GetActiveAsync(scope.Workspace.Id, ct);
        return ($"Signed for {Roles.Noun(side)}. Version {signed.Version} takes effect once {Roles.Noun(side == Function.Marketing ? Function.Sales : Function.Marketing)} signs it too." +
                (active is null ? string.Empty : $" Until then version {active.Version} stays in force."),
            await PendingCardAsync(scope, signed, active, ct), new SignaturePut(signed.Id, side));
    }

    /// <summary>
    /// "Undo that" right after proposing: the proposal is withdrawn unless both sides signed it meanwhile; the agreement in
    /// force stays as it is. Who may is who may propose (roles change between two messages).
    /// </summary>
    public async Task<OutgoingMessage> WithdrawAsync(TurnScope scope, Guid id, CancellationToken ct)
    {
        var permission = PermissionGate.Check(scope, PermissionAction.ProposeSla);
        if (!permission.Allowed)
        {
            return await gate.RefusalAsync(scope, permission, ct);
        }

        if (await slas.TryWithdrawAsync(scope.Workspace.Id, id, ct) is not { } withdrawn)
        {
            return await slas.GetAsync(scope.Workspace.Id, id, ct) is { IsActive: true } signed
                ? $"Version {signed.Version} is already signed by both sides and in force, so it can't be taken back; propose a new version to change it."
                : "Nothing to undo: that proposal was already withdrawn or replaced. Say \"show the SLA\" to see where things stand.";
        }

        var active = await slas.GetActiveAsync(scope.Workspace.Id, ct);
        return $"Undone: the proposed lead agreement (version {withdrawn.Version}: {withdrawn.LeadsPerPeriod} MQLs a {Periods.Noun(withdrawn.Period)}, follow-up within {Formatting.Number(withdrawn.FollowUpHours)} hours) is withdrawn; nobody can sign it now." +
            (active is null ? " There is no agreement in force yet." : $" Version {active.Version} stays in force.");
    }

    /// <summary>
    /// "Oops, undo" right after signing: the signature comes off, only the signer's own, while nothing newer was proposed; if it
    /// had put the version in force, the agreement it replaced is in force again. Who may is who may sign that side now.
    /// </summary>
    public async Task<(OutgoingMessage Reply, OutgoingMessage? Card)> UnsignAsync(TurnScope scope, SignaturePut signature, CancellationToken ct)
    {
        var permission = PermissionGate.Check(scope, PermissionAction.ConfirmSla, new PermissionResource { Side = signature.Side });
        if (!permission.Allowed)
        {
            return (await gate.RefusalAsync(scope, permission, ct), null);
        }

        var before = await slas.GetAsync(scope.Workspace.Id, signature.Id, ct);
        if (before is null || await slas.TryUnsignAsync(scope.Workspace.Id, signature.Id, signature.Side, scope.Person.UserId, ct) is not { } unsigned)
        {
            return (before is { Superseded: true } || before is null
                ? "Nothing to undo: that version of the lead agreement was replaced meanwhile. Say \"show the SLA\" to see where things stand."
                : $"Nothing to undo: your signature for {Roles.Noun(signature.Side)} isn't on version {before.Version} any more, or a newer version was proposed since. Say \"show the SLA\" to see where things stand.", null);
        }

        var active = await slas.GetActiveAsync(scope.Workspace.Id, ct);
        var inForce = !before.IsActive ? string.Empty
            : active is null ? " It is no longer in force, and there is no agreement in force now."
            : $" It is no longer in force; version {active.Version} is in force again.";
        return ($"Undone: your signature for {Roles.Noun(signature.Side)} is off version {unsigned.Version} of the lead agreement, which waits for {Roles.Noun(signature.Side)} to sign again.{inForce}",
            await PendingCardAsync(scope, unsigned, active, ct));
    }

    private async Task<OutgoingMessage> PendingCardAsync(TurnScope scope, LeadSla pending, LeadSla? active, CancellationToken ct)
    {
        var marketing = pending.Marketing is null ? await references.IssueAsync(scope, SignKind, pending.Id.ToString("D"), pending.Version, nameof(Function.Marketing), ct) : null;
        var sales = pending.Sales is null ? await references.IssueAsync(scope, SignKind, pending.Id.ToString("D"), pending.Version, nameof(Function.Sales), ct) : null;
        return SlaCards.Show(pending, null, marketing, sales, active);
    }

    private static Function? SideOf(Actor actor) => actor.Function is Function.Marketing or Function.Sales ? actor.Function : null;
}

/// <summary>A signature just put on a version of the lead agreement, remembered so "undo" right after can take it back.</summary>
public sealed record SignaturePut(Guid Id, Function Side);
