using System.CommandLine;
using AlignmentBot.Application.Exports;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Host.Cli;

/// <summary><c>export scorecard|goals|verdicts [--workspace ID] [--out file.csv]</c>: the same CSV files as "export …" in chat.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var workspace = CliOptions.Workspace();
        var what = new Argument<string>("what") { Description = "scorecard, goals or verdicts (the lead verdicts)." };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write the CSV to this file instead of standard output." };
        var command = new Command("export", "Write the scorecard, the goals or the lead verdicts as CSV (cells a spreadsheet would run as formulas are neutralised).") { what, workspace, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            ExportKind? kind = parse.GetValue(what)?.Trim().ToLowerInvariant() switch
            {
                "scorecard" => ExportKind.Scorecard,
                "goals" or "goal" => ExportKind.Goals,
                "verdicts" or "lead-verdicts" or "leads" => ExportKind.Verdicts,
                _ => null,
            };
            if (kind is null)
            {
                await context.Error.WriteLineAsync($"Unknown export '{parse.GetValue(what)}'. Use scorecard, goals or verdicts.");
                return 2;
            }

            using var host = await CliServices.StartAsync(context, cancellationToken);
            var id = new WorkspaceId(parse.GetValue(workspace)!);
            var export = await host.Services.GetRequiredService<ExportService>().ExportAsync(id, kind.Value, cancellationToken);
            if (parse.GetValue(output) is { } file)
            {
                await File.WriteAllBytesAsync(file.FullName, export.File.Content, cancellationToken);
                await context.Output.WriteLineAsync($"Wrote {export.Rows} rows ({ExportService.Noun(kind.Value)} of workspace '{id}') to {file.FullName}.");
            }
            else
            {
                // Standard output is text: the byte-order mark is for spreadsheets opening a file, so it is left out here.
                var text = System.Text.Encoding.UTF8.GetString(export.File.Content).TrimStart('\uFEFF');
                await context.Output.WriteAsync(text);
            }

            return 0;
        });
        return command;
    }
}
