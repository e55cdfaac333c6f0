using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Exports;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Application.Commands;

/// <summary>
/// "Export the scorecard", "export the goals", "export lead verdicts": the CSV file in the chat. Reading is enough (the
/// turn handler checked it, so guests and outsiders get nothing); the channel hands the file over its own way.
/// </summary>
public sealed class ExportCommand(ExportService exports) : IBotCommand
{
    public const string Which = "Which export? Say \"export the scorecard\", \"export the goals\" or \"export lead verdicts\".";

    public string Intent => "export";

    public async Task HandleAsync(DialogContext dc, Conversations.Understanding.Understanding understanding, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        if (ExportRequest.Parse(understanding.Text) is not { } kind)
        {
            dc.Turn.Send(Which);
            return;
        }

        if (scope.Address.ChannelId == "terminal")
        {
            // The terminal shows text only: the command line writes the file.
            dc.Turn.Send($"A terminal chat cannot hold a file. On the command line: `export {ExportService.FileStem(kind).Replace("lead-", string.Empty, StringComparison.Ordinal)} --workspace {scope.Workspace.Id} --out {ExportService.FileStem(kind)}.csv`.");
            return;
        }

        var export = await exports.ExportAsync(scope.Workspace.Id, kind, cancellationToken);
        var rows = export.Rows == 1 ? "1 row" : $"{export.Rows} rows";
        dc.Turn.Send(new OutgoingMessage($"Here is {ExportService.Noun(kind)} as a CSV file ({rows}): {export.File.Name}") { File = export.File });
    }
}
