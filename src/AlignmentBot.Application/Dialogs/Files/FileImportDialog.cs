using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Import;
using AlignmentBot.Application.Permissions;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Dialogs.Prompts;
using AlignmentBot.Domain.Permissions;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Dialogs.Files;

/// <summary>
/// A CSV shared in chat, after its preview: Confirm loads the whole file (checked again, all or nothing), Cancel loads
/// nothing. The file's text waits in this dialog's state, so the Confirm may come from another host instance.
/// </summary>
public sealed class FileImportDialog(ImportService imports, PermissionGate gate)
    : WaterfallDialog<FileImportState>(DialogIds.FileImport, DialogJsonContext.Default.FileImportState)
{
    public override string Description => "loading your file";

    public override int StateVersion => 1;

    protected override FileImportState Start(object? options) => options as FileImportState ?? throw new ArgumentException("Say which file to load.", nameof(options));

    protected override IReadOnlyList<(string Name, Func<WaterfallStep<FileImportState>, CancellationToken, Task<DialogTurnResult>> Run)> Steps() =>
    [
        ("ask", (step, ct) => step.PromptAsync(ConfirmPrompt.DefaultId, new PromptOptions(FileImports.Question(step.State),
            [new PromptChoice("Confirm", "yes"), new PromptChoice("Cancel", "no")]), ct)),
        ("load", async (step, ct) =>
        {
            if (step.Result is not true)
            {
                step.Send($"OK, nothing from {step.State.FileName} was loaded.");
                return await step.EndAsync(null, ct);
            }

            // The Confirm may come long after the preview: whoever presses it must still be allowed to load files.
            if (!await gate.AllowsAsync(step.Turn, PermissionAction.ImportData, null, ct))
            {
                return await step.EndAsync(null, ct);
            }

            var scope = step.Turn.Get<TurnScope>();
            var result = await imports.ImportAsync(scope.Workspace.Id, step.State.FileName, new StringReader(step.State.Text), new ImportOptions(step.State.Kind), ct);
            step.Send(result.Succeeded
                ? $"{step.State.FileName}: {(result with { ReadAs = step.State.ReadAs }).Report}"
                : FileImports.Problems(step.State.FileName, result));
            return await step.EndAsync(null, ct);
        }),
    ];
}
