using System.Text.RegularExpressions;
using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Dialogs;
using AlignmentBot.Application.Dialogs.Sla;
using AlignmentBot.Application.Permissions;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Permissions;

namespace AlignmentBot.Application.Commands;

/// <summary>The sales–marketing lead agreement: show it with this month's compliance, propose a new version, sign it for your side.</summary>
public sealed partial class SlaCommand(SlaService service, PermissionGate gate) : IBotCommand, ISubmissionHandler
{
    public string Intent => "sla";

    public IReadOnlyCollection<string> Verbs { get; } = [Dialogs.Verbs.ConfirmSla];

    public async Task HandleAsync(DialogContext dc, Conversations.Understanding.Understanding understanding, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        dc.Turn.Set(new SlaLookup.Told());
        var signature = SlaSigning.Read(understanding.Text, await service.AwaitsOwnSideAsync(scope, cancellationToken));

        // "12h won't fly, counter: 230 MQLs and 20 hours", "can't do 24h, make it 48": a new version on top of the proposal on
        // the table, with what the counter leaves out kept as that proposal has it.
        if (SlaCounter.Read(understanding.Text, understanding.Entities) is { } counter && await service.PendingAsync(scope, cancellationToken) is { } pending)
        {
            if (await gate.AllowsAsync(dc.Turn, PermissionAction.ProposeSla, null, cancellationToken))
            {
                var draft = new SlaDraft(Guid.NewGuid(), counter.Leads ?? pending.LeadsPerPeriod, pending.Period.ToString().ToLowerInvariant(), counter.Hours ?? pending.FollowUpHours, pending.Definition);
                await dc.BeginDialogAsync(DialogIds.Sla, draft, cancellationToken);
            }

            return;
        }

        // Terms are a number of MQLs and the hours: "did sales keep to the 24h follow-up?" names only the hours, so it asks.
        // "works for us, put sales' name on the new SLA": a signature with no terms in it signs, though it names "the new SLA".
        var signsWithoutTerms = signature is not null && understanding.Entities.NumberList.Count == 0;
        // "what's the SLA follow-up time again, 24h or 48?": terms asked about, with numbers in the question, are no proposal.
        var asksTerms = Questions.QuestionAnswers.IsQuestion(understanding.Text) && AsksWhat().IsMatch(understanding.Text);
        if (!asksTerms && ((SlaParsing.IsProposal(understanding.Text) && !signsWithoutTerms) || (SlaParsing.Hours(understanding.Text) is { } hours && understanding.Entities.NumberList.Any(n => n.Value != hours))))
        {
            if (await gate.AllowsAsync(dc.Turn, PermissionAction.ProposeSla, null, cancellationToken))
            {
                await dc.BeginDialogAsync(DialogIds.Sla, (understanding.Text, understanding.Entities), cancellationToken);

                // "propose 225 MQLs …, and I'll sign it for both marketing and sales": the proposal stands (the proposer's
                // side signed as usual), and signing the other side too is refused by the gate, naming who may.
                // "… and sign it for sales as well while you're at it" from the marketing lead: the other side, asked for by
                // name, is checked the same way, and the gate names who signs it.
                if ((signature is { BothSides: true } || signature is { Side: { } side } && side != scope.Actor.Function)
                    && await service.PendingAsync(scope, cancellationToken) is not null)
                {
                    var (refusal, _, _) = await service.ConfirmAsync(scope, dc.Turn.Now, cancellationToken, signature.BothSides ? null : signature.Side, bothSides: signature.BothSides);
                    dc.Turn.Send(refusal);
                }
            }

            return;
        }

        // "works for us, count sales in 👍": plain assent signs when a proposal waits for the speaker's side.
        if (SlaParsing.IsConfirmation(understanding.Text) || signature is not null)
        {
            var (reply, card, signed) = await service.ConfirmAsync(scope, dc.Turn.Now, cancellationToken,
                signature?.Side ?? SlaParsing.SideNamed(understanding.Text), signature?.BothSides ?? SlaParsing.NamesBothSides(understanding.Text));
            dc.Turn.Send(reply);
            if (card is not null)
            {
                dc.Turn.Send(card);
            }

            RememberSignature(dc, signed);

            return;
        }

        foreach (var card in await service.ShowAsync(scope, dc.Turn.Today, dc.Turn.Now, cancellationToken))
        {
            dc.Turn.Send(card);
        }
    }

    public async Task HandleAsync(DialogContext dc, CardSubmission submission, CancellationToken cancellationToken)
    {
        var (reply, card, signed) = await service.ConfirmFromCardAsync(dc.Turn.Get<TurnScope>(), submission, dc.Turn.Now, cancellationToken);
        dc.Turn.ReplaceCard = card;
        dc.Turn.Send(reply);
        RememberSignature(dc, signed);
    }

    /// <summary>So "oops, undo" next takes the signature back (<see cref="Corrections.RecentCorrections"/>); anything else said forgets it.</summary>
    private static void RememberSignature(DialogContext dc, SignaturePut? signed)
    {
        if (signed is not null)
        {
            dc.Recent = Corrections.RecentCorrections.SignedNow(signed);
        }
    }

    // A question for a term: "what's the follow-up time again", "which one is it", "how many hours was it"; not an offer
    // ("what about 250?", "how about 30 hours?").
    [GeneratedRegex(@"^\W*(?:(?:so|ok(?:ay)?|hmm+|um+|wait|sorry|remind\s+me|quick\s+q)\W+)*(?:what(?:'s|’s|s|\s+is|\s+was|\s+are|\s+were)?|which|how\s+(?:many|long|fast|quick(?:ly)?|much))\b(?!\s+about\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksWhat();
}
