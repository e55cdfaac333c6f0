using System.CommandLine;
using AlignmentBot.Application.Import;
using AlignmentBot.Domain.Overlap;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Host.Cli;

internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("csv") { Description = "A CSV export: measurements, leads (HubSpot or Salesforce) or an account list. docs/import.md lists the columns." };
        var workspace = CliOptions.Workspace();
        var kind = new Option<ImportKind?>("--kind") { Description = "Read the file as measurements, leads or accounts instead of detecting it from the header." };
        var list = new Option<string?>("--list") { Description = "For account lists without a 'list' column: marketing_reached or sales_target." };
        var name = new Option<string?>("--name") { Description = "Name of the account list (default: the file name)." };
        var command = new Command("import", "Load a CSV file. Every row is checked first; if any row is bad, nothing is stored.") { file, workspace, kind, list, name };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await context.Error.WriteLineAsync($"No such file: {path.FullName}");
                return 2;
            }

            AccountListKind? listKind = null;
            if (parse.GetValue(list) is { } listText)
            {
                if (!AccountsReaderKinds.TryParse(listText, out var parsed))
                {
                    await context.Error.WriteLineAsync($"--list must be marketing_reached or sales_target, not '{listText}'.");
                    return 2;
                }

                listKind = parsed;
            }

            using var host = await CliServices.StartAsync(context, cancellationToken);
            // Bytes, not a reader: the import detects the encoding (UTF-8, UTF-16, a Windows-1252 guess it reports) or refuses the file.
            await using var content = path.OpenRead();
            var result = await host.Services.GetRequiredService<ImportService>().ImportAsync(
                new WorkspaceId(parse.GetValue(workspace)!), path.Name, content, new ImportOptions(parse.GetValue(kind), listKind, parse.GetValue(name)), cancellationToken);
            if (!result.Succeeded)
            {
                await context.Error.WriteLineAsync($"{path.Name}: {result.Report}");
                foreach (var error in result.Errors)
                {
                    await context.Error.WriteLineAsync($"  {error}");
                }

                return 1;
            }

            await context.Output.WriteLineAsync($"{path.Name}: {result.Report}");
            return 0;
        });
        return command;
    }
}
