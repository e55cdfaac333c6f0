using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Dialogs;
using AlignmentBot.Application.Dialogs.Sla;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Application.Commands;

/// <summary>The sales–marketing lead agreement: show it with this month's compliance, propose one, confirm it for your side.</summary>
public sealed class SlaCommand(SlaService service) : IBotCommand, ISubmissionHandler
{
    public string Intent => "sla";

    public IReadOnlyCollection<string> Verbs { get; } = [Dialogs.Verbs.ConfirmSla];

    public async Task HandleAsync(DialogContext dc, Conversations.Understanding.Understanding understanding, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        if (SlaParsing.IsProposal(understanding.Text) || (understanding.Entities.Target is not null && SlaParsing.Hours(understanding.Text) is not null))
        {
            await dc.BeginDialogAsync(DialogIds.Sla, (understanding.Text, understanding.Entities), cancellationToken);
            return;
        }

        if (SlaParsing.IsConfirmation(understanding.Text))
        {
            var (reply, card) = await service.ConfirmAsync(scope, dc.Turn.Now, cancellationToken);
            dc.Turn.Send(reply);
            if (card is not null)
            {
                dc.Turn.Send(card);
            }

            return;
        }

        dc.Turn.Send(await service.ShowAsync(scope, dc.Turn.Today, dc.Turn.Now, cancellationToken));
    }

    public async Task HandleAsync(DialogContext dc, CardSubmission submission, CancellationToken cancellationToken)
    {
        var (reply, card) = await service.ConfirmAsync(dc.Turn.Get<TurnScope>(), dc.Turn.Now, cancellationToken);
        dc.Turn.ReplaceCard = card;
        dc.Turn.Send(reply);
    }
}
