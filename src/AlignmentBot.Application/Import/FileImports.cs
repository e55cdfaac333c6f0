using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Dialogs;
using AlignmentBot.Application.Dialogs.Files;
using AlignmentBot.Application.Permissions;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Domain.Permissions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Application.Import;

/// <summary>
/// A CSV shared with the bot in a direct message: downloaded by its channel (within Files:MaxImportBytes), decoded and
/// checked exactly as <c>import</c> checks a file, and shown as a preview. A file with every row good waits for Confirm
/// (<see cref="FileImportDialog"/>); a file with a bad row lists the problems and loads nothing.
/// </summary>
public sealed class FileImports(
    ImportService imports,
    PermissionGate gate,
    IEnumerable<ISharedFileSource> sources,
    IOptionsMonitor<FileImportOptions> options,
    ILogger<FileImports> logger)
{
    private static readonly string[] Readable = [".csv", ".tsv", ".txt"];

    private readonly Dictionary<string, ISharedFileSource> _sources = sources.GroupBy(s => s.ChannelId, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);

    public async Task HandleAsync(DialogContext dc, IReadOnlyList<SharedFile> files, CancellationToken cancellationToken)
    {
        var turn = dc.Turn;
        var scope = turn.Get<TurnScope>();
        if (scope.Address.IsGroup)
        {
            turn.Send("I only read files sent to me in a direct message, so nobody else sees your numbers. Send the CSV to me there.");
            return;
        }

        if (!await gate.AllowsAsync(turn, PermissionAction.ImportData, null, cancellationToken))
        {
            return;
        }

        if (files.Count > 1)
        {
            turn.Send($"Please send one file at a time: I got {files.Count} ({string.Join(", ", files.Select(f => f.Name))}), and each gets its own preview.");
            return;
        }

        var file = files[0];
        if (!Readable.Any(ext => file.Name.EndsWith(ext, StringComparison.OrdinalIgnoreCase)) && !string.Equals(file.FileType, "csv", StringComparison.OrdinalIgnoreCase))
        {
            turn.Send($"I can only load CSV files, and {file.Name} is not one. In Excel or Google Sheets, save or download it as \"CSV UTF-8\" and send that.");
            return;
        }

        var max = options.CurrentValue.MaxImportBytes;
        if (file.Size > max)
        {
            turn.Send(TooLarge(file.Name, max));
            return;
        }

        if (!_sources.TryGetValue(scope.Address.ChannelId, out var source))
        {
            turn.Send("I can't fetch files in this chat. Use `import` on the command line instead.");
            return;
        }

        var download = await source.DownloadAsync(file, max, cancellationToken);
        if (download.Content is not { } bytes)
        {
            if (!download.TooLarge)
            {
                logger.LogWarning("Could not download shared file {FileName} in {Conversation}: {Problem}", file.Name, scope.Address.Key, download.Problem);
            }

            turn.Send(download.TooLarge ? TooLarge(file.Name, max) : $"I couldn't fetch {file.Name}: {download.Problem}. Nothing was loaded; please send it again.");
            return;
        }

        var text = CsvEncoding.Decode(bytes);
        if (text.Text is null)
        {
            turn.Send($"Cannot read {file.Name}: {text.Problem} Nothing was loaded.");
            return;
        }

        var preview = await imports.PreviewAsync(scope.Workspace.Id, file.Name, text.Text, ImportOptions.Default, cancellationToken);
        if (!preview.CanLoad)
        {
            turn.Send(Problems(file.Name, preview.Result));
            return;
        }

        var result = preview.Result;
        var count = result.Kind switch { ImportKind.Measurements => result.Measurements, ImportKind.Leads => result.Leads, _ => result.Accounts };
        if (dc.IsActive)
        {
            // The file is what the person wants now; what was half-done is dropped, as "start over" would.
            turn.Send($"I dropped {dc.RootDialog?.Description ?? "what we were doing"} to look at your file; nothing of it was saved.");
            dc.CancelAll();
        }

        await dc.BeginDialogAsync(DialogIds.FileImport, new FileImportState(file.Name, text.Text, text.Guessed ? text.Encoding : null, result.Kind!.Value, count), cancellationToken);
    }

    /// <summary>"leads.csv: 344 leads, every row good. Load them? Existing leads with the same CRM id are replaced."</summary>
    public static string Question(FileImportState state)
    {
        var what = Count(state.Kind, state.Count);
        var replaces = state.Kind switch
        {
            ImportKind.Measurements => "Values for the same metric, period and slice are replaced, not added twice.",
            ImportKind.Leads => "Leads with the same CRM id are updated, not added twice.",
            _ => "An account list of the same kind and name is replaced.",
        };
        var guessed = state.ReadAs is null ? string.Empty : $" I read it as {state.ReadAs} (it is not UTF-8): check that names with accents look right.";
        return $"{state.FileName}: {what}, every row good.{guessed} {replaces} Load it? Nothing is stored until you confirm.";
    }

    /// <summary>"leads.csv: 344 leads, 2 bad rows, so nothing was loaded: • line 17: …".</summary>
    public static string Problems(string fileName, ImportResult result)
    {
        var good = result.Kind is { } kind && result.GoodRows > 0 ? $"{Count(kind, result.GoodRows)} good, " : string.Empty;
        var bad = result.BadRows switch
        {
            0 => "a problem",
            1 => "1 bad row",
            var n => $"{n} bad rows",
        };
        var more = result.Errors.Count == ImportService.MaxErrorsReported ? $"\n(the first {ImportService.MaxErrorsReported} problems)" : string.Empty;
        return $"{fileName}: {good}{bad}, so nothing was loaded. Fix {(result.BadRows == 1 ? "it" : "them")} and send the file again:\n"
               + string.Join('\n', result.Errors.Select(e => "• " + e)) + more;
    }

    private static string TooLarge(string name, long max)
        => $"{name} is larger than {SharedFileLimits.Describe(max)}, the most I load from chat. Split it into smaller files, or use `import` on the command line.";

    private static string Count(ImportKind kind, int n) => kind switch
    {
        ImportKind.Measurements => n == 1 ? "1 measurement" : $"{n} measurements",
        ImportKind.Leads => n == 1 ? "1 lead" : $"{n} leads",
        _ => n == 1 ? "1 account" : $"{n} accounts",
    };
}
