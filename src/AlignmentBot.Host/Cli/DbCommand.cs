using System.CommandLine;
using System.Globalization;
using AlignmentBot.Application.Privacy;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Host.Configuration;
using AlignmentBot.Storage.Copy;
using AlignmentBot.Storage.Migrations;
using AlignmentBot.Storage.Sql;

namespace AlignmentBot.Host.Cli;

/// <summary><c>db migrate | copy | checksum | purge-workspace</c>: the database behind the configured storage.</summary>
internal static class DbCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("db", "The database: apply migrations, copy a deployment into another database (e.g. SQLite into PostgreSQL), print checksums, delete a workspace.");
        command.Subcommands.Add(Migrate(context));
        command.Subcommands.Add(Copy(context));
        command.Subcommands.Add(Checksum(context));
        command.Subcommands.Add(PurgeWorkspace(context));
        return command;
    }

    private static Command Migrate(CliContext context)
    {
        var migrate = new Command("migrate", "Apply pending migrations to the configured database and print its schema version. Hosts also do this when they start.");
        migrate.SetAction(async (_, cancellationToken) =>
        {
            // StartAsync migrates; what is left is to say where and to which version.
            using var host = await CliServices.StartAsync(context, cancellationToken);
            var migrator = host.Services.GetRequiredService<DatabaseMigrator>();
            var version = await migrator.CurrentVersionAsync(cancellationToken);
            await context.Output.WriteLineAsync($"{Describe(host)}: schema version {version} (latest this build knows: {migrator.LatestVersion}).");
            return version == migrator.LatestVersion ? 0 : 1;
        });
        return migrate;
    }

    private static Command Copy(CliContext context)
    {
        var to = new Option<string>("--to") { Description = "Connection string of the target database. Omit the password and set PGPASSWORD (or use a .pgpass file) to keep it off the command line.", Required = true };
        var provider = new Option<string>("--to-provider") { Description = "Postgres (default) or Sqlite.", DefaultValueFactory = _ => "Postgres" };
        var force = new Option<bool>("--force") { Description = "Replace the bot's data in a target that already has some." };
        var copy = new Command("copy", "Copy every table the bot owns from the configured database into another one, in one transaction, verified by row counts and content checksums.")
        {
            to, provider, force,
        };
        copy.SetAction(async (parse, cancellationToken) =>
        {
            var targetConnectionString = parse.GetValue(to)!;
            IDbConnectionFactory target;
            string targetName;
            switch (parse.GetValue(provider)!.Trim().ToLowerInvariant())
            {
                case "postgres" or "postgresql":
                    target = new NpgsqlConnectionFactory(targetConnectionString);
                    targetName = NpgsqlConnectionFactory.Describe(targetConnectionString);
                    break;
                case "sqlite":
                    target = new SqliteConnectionFactory(targetConnectionString);
                    targetName = $"SQLite at {Path.GetFullPath(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(targetConnectionString).DataSource)}";
                    break;
                default:
                    await context.Error.WriteLineAsync($"--to-provider must be Postgres or Sqlite, not '{parse.GetValue(provider)}'.");
                    return 2;
            }

            try
            {
                using var host = await CliServices.StartAsync(context, cancellationToken);
                var source = host.Services.GetRequiredService<IDbConnectionFactory>();
                var sourceName = Describe(host);
                if (sourceName == targetName)
                {
                    await context.Error.WriteLineAsync("The target is the configured database itself.");
                    return 2;
                }

                var version = await new DatabaseMigrator(target, host.Services.GetRequiredService<ILogger<DatabaseMigrator>>()).MigrateAsync(cancellationToken: cancellationToken);
                await context.Output.WriteLineAsync($"Copying {sourceName} into {targetName} (schema version {version}).");
                var report = await new DatabaseCopier(source, target).CopyAsync(parse.GetValue(force), cancellationToken);
                if (report.Refusal is { } refusal)
                {
                    await context.Error.WriteLineAsync(refusal);
                    return 2;
                }

                await context.Output.WriteAsync(Table(report.Tables));
                var rows = report.Tables.Sum(t => t.TargetRows);
                if (!report.Committed)
                {
                    await context.Error.WriteLineAsync($"The copy does not match the source in: {string.Join(", ", report.Tables.Where(t => !t.Matches).Select(t => t.Table))}. Nothing was committed.");
                    return 1;
                }

                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Copied {rows:N0} rows in {report.Tables.Count} tables; every row count and checksum matches. Committed. Digest schedules are rebuilt from digest_subscriptions when the first host starts on the target."));
                return 0;
            }
            finally
            {
                if (target is IAsyncDisposable disposable)
                {
                    await disposable.DisposeAsync();
                }
            }
        });
        return copy;
    }

    private static Command Checksum(CliContext context)
    {
        var checksum = new Command("checksum", "Row count and content checksum of every table the bot owns, as db copy computes them; compare two databases table by table.");
        checksum.SetAction(async (_, cancellationToken) =>
        {
            using var host = await CliServices.StartAsync(context, cancellationToken);
            var tables = await DatabaseCopier.DescribeAsync(host.Services.GetRequiredService<IDbConnectionFactory>(), cancellationToken);
            await context.Output.WriteLineAsync(Describe(host));
            foreach (var (table, rows, sum) in tables)
            {
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{table,-24} {rows,10:N0}  {sum}"));
            }

            return 0;
        });
        return checksum;
    }

    private static Command PurgeWorkspace(CliContext context)
    {
        var id = new Argument<string>("workspace") { Description = "The workspace to delete: a Slack team id, a Teams tenant id, or 'local'." };
        var yes = new Option<bool>("--yes") { Description = "Do not ask: delete at once (for scripts)." };
        var purge = new Command("purge-workspace", "Delete every record of one workspace now (goals, numbers, leads, the agreement, people, digests, conversations, the audit trail). Cannot be undone.")
        {
            id, yes,
        };
        purge.SetAction(async (parse, cancellationToken) =>
        {
            var workspaceId = new WorkspaceId(parse.GetValue(id)!.Trim());
            using var host = await CliServices.StartAsync(context, cancellationToken);
            var deletions = host.Services.GetRequiredService<WorkspaceDeletions>();
            var held = await deletions.CountAsync(workspaceId, cancellationToken);
            if (held.All(t => t.Rows == 0))
            {
                await context.Error.WriteLineAsync($"{Describe(host)} holds nothing of workspace '{workspaceId}'. Nothing was deleted.");
                return 1;
            }

            if (!parse.GetValue(yes))
            {
                await context.Output.WriteAsync(Counts(held, "rows"));
                await context.Output.WriteLineAsync($"This deletes all {held.Sum(t => t.Rows):N0} rows of workspace '{workspaceId}' from {Describe(host)}. It cannot be undone.");
                await context.Output.WriteAsync($"Type the workspace id ({workspaceId}) to confirm: ");
                var answer = context.Input is null ? null : await context.Input.ReadLineAsync(cancellationToken);
                if (!string.Equals(answer?.Trim(), workspaceId.Value, StringComparison.Ordinal))
                {
                    await context.Error.WriteLineAsync(answer is null ? "No answer (pass --yes to delete without asking). Nothing was deleted." : "That is not the workspace id. Nothing was deleted.");
                    return 1;
                }
            }

            var purged = await deletions.PurgeNowAsync(workspaceId, cancellationToken);
            await context.Output.WriteAsync(Counts(purged, "deleted"));
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Deleted workspace '{workspaceId}': {purged.Sum(t => t.Rows):N0} rows in {purged.Count(t => t.Rows > 0)} tables."));
            return 0;
        });
        return purge;
    }

    private static string Counts(IReadOnlyList<PurgedTable> tables, string heading)
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"table",-24} {heading,10}");
        foreach (var t in tables)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{t.Table,-24} {t.Rows,10:N0}");
        }

        return text.ToString();
    }

    private static string Table(IReadOnlyList<TableCopy> tables)
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"table",-24} {"rows",10}  {"checksum",-32}  {"target rows",11}  {"target checksum",-32}");
        foreach (var t in tables)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{t.Table,-24} {t.SourceRows,10:N0}  {t.SourceChecksum}  {t.TargetRows,11:N0}  {t.TargetChecksum}  {(t.Matches ? "ok" : "MISMATCH")}");
        }

        return text.ToString();
    }

    private static string Describe(IHost host) => HostServiceCollectionExtensions.DescribeStorage(host.Services.GetRequiredService<IConfiguration>());
}
