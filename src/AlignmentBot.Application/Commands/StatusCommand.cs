using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Cards;
using AlignmentBot.Application.Dialogs;
using AlignmentBot.Application.Scorecards;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Application.Commands;

/// <summary>"Is marketing working?": the scorecard, or — with nothing agreed yet — the offer to define the first goal.</summary>
public sealed class StatusCommand(ScorecardService scorecards) : IBotCommand, ISubmissionHandler
{
    public string Intent => "status";

    public IReadOnlyCollection<string> Verbs { get; } = [Dialogs.Verbs.ShowStatus];

    public async Task HandleAsync(DialogContext dc, Conversations.Understanding.Understanding understanding, CancellationToken cancellationToken)
        => dc.Turn.Send(await BuildAsync(dc, cancellationToken));

    public async Task HandleAsync(DialogContext dc, CardSubmission submission, CancellationToken cancellationToken)
        => dc.Turn.Send(await BuildAsync(dc, cancellationToken));

    private async Task<OutgoingMessage> BuildAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        var view = await scorecards.BuildAsync(scope.Workspace.Id, cancellationToken);
        return ScorecardCards.Scorecard(view);
    }
}
