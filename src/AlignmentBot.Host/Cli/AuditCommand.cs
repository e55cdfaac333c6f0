using System.CommandLine;
using System.Globalization;
using AlignmentBot.Application.Audit;
using AlignmentBot.Application.Ports;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Host.Cli;

/// <summary><c>audit [--workspace ID] [--since DATE] [--until DATE] [--out file.csv]</c>: the audit trail as CSV.</summary>
internal static class AuditCommand
{
    public static Command Create(CliContext context)
    {
        var workspace = CliOptions.Workspace();
        var since = new Option<string?>("--since") { Description = "First day to include, yyyy-MM-dd (UTC). Default: as far back as entries are kept." };
        var until = new Option<string?>("--until") { Description = "Last day to include, yyyy-MM-dd (UTC). Default: today." };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write the CSV to this file instead of standard output." };
        var command = new Command("audit", "Write the audit trail (who changed what, when, where, before and after) as CSV.") { workspace, since, until, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!TryDay(parse.GetValue(since), out var from) || !TryDay(parse.GetValue(until), out var to))
            {
                await context.Error.WriteLineAsync("--since and --until take a date as yyyy-MM-dd, e.g. --since 2026-11-01.");
                return 2;
            }

            var start = from is { } f ? new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : DateTimeOffset.UnixEpoch;
            var end = to is { } t ? new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : new DateTimeOffset(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);
            if (end <= start)
            {
                await context.Error.WriteLineAsync("--until is before --since.");
                return 2;
            }

            using var host = await CliServices.StartAsync(context, cancellationToken);
            var log = host.Services.GetRequiredService<IAuditLog>();
            var id = new WorkspaceId(parse.GetValue(workspace)!);
            var entries = await log.ListAsync(id, start, end, cancellationToken);
            if (entries.Count == 0 && (await log.WorkspacesAsync(cancellationToken)).Where(w => w != id).ToArray() is { Length: > 0 } others)
            {
                await context.Error.WriteLineAsync($"No entries for workspace '{id}' in that period. Workspaces with entries: {string.Join(", ", others.Select(w => w.Value))} (use --workspace).");
            }

            if (parse.GetValue(output) is { } file)
            {
                await using var writer = new StreamWriter(file.FullName, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
                var written = await AuditCsv.WriteAsync(writer, entries, cancellationToken);
                await context.Output.WriteLineAsync($"Wrote {written} audit entries of workspace '{id}' to {file.FullName}.");
            }
            else
            {
                await AuditCsv.WriteAsync(context.Output, entries, cancellationToken);
            }

            return 0;
        });
        return command;
    }

    private static bool TryDay(string? text, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }

        return false;
    }
}
