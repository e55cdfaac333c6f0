using System.CommandLine;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Workspaces;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Host.Cli;

/// <summary>
/// <c>settings show</c> and <c>settings set KEY VALUE</c>: the workspace settings admins change in chat, from the server.
/// Changes are audited as made on the command line.
/// </summary>
internal static class SettingsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("settings", "Show or change workspace settings: name, currency, industry, region, fiscal year start, work week, time zone, total annual revenue.");

        var showWorkspace = CliOptions.Workspace();
        var show = new Command("show", "Print the workspace settings.") { showWorkspace };
        show.SetAction(async (parse, cancellationToken) =>
        {
            using var host = await CliServices.StartAsync(context, cancellationToken);
            if (await FindAsync(host.Services, context, parse.GetValue(showWorkspace)!, cancellationToken) is not { } workspace)
            {
                return 1;
            }

            await context.Output.WriteLineAsync(WorkspaceSettingsService.Render(workspace));
            return 0;
        });

        var setWorkspace = CliOptions.Workspace();
        var key = new Argument<string>("key") { Description = $"One of: {string.Join(", ", WorkspaceSettings.Keys)}." };
        var value = new Argument<string>("value") { Description = "The new value, e.g. EUR, \"€40M\", April, Sun-Thu, Europe/Berlin." };
        var set = new Command("set", "Change one workspace setting.") { setWorkspace, key, value };
        set.SetAction(async (parse, cancellationToken) =>
        {
            var name = parse.GetValue(key)!;
            if (WorkspaceSettings.KeyFor(name) is not { } settingKey)
            {
                await context.Error.WriteLineAsync($"There is no setting called \"{name}\". Settings: {string.Join(", ", WorkspaceSettings.Keys)}.");
                return 2;
            }

            using var host = await CliServices.StartAsync(context, cancellationToken);
            if (await FindAsync(host.Services, context, parse.GetValue(setWorkspace)!, cancellationToken) is not { } workspace)
            {
                return 1;
            }

            var change = await host.Services.GetRequiredService<WorkspaceSettingsService>().SetAsync(workspace, settingKey, parse.GetValue(value)!, cancellationToken);
            if (change.Changed is not { } changed)
            {
                await context.Error.WriteLineAsync($"{change.Error} Nothing changed.");
                return 2;
            }

            await context.Output.WriteLineAsync($"{WorkspaceSettings.Label(settingKey)}: {WorkspaceSettings.Show(workspace, settingKey)} → {WorkspaceSettings.Show(changed, settingKey)}");
            return 0;
        });

        command.Subcommands.Add(show);
        command.Subcommands.Add(set);
        return command;
    }

    private static async Task<Workspace?> FindAsync(IServiceProvider services, CliContext context, string id, CancellationToken cancellationToken)
    {
        var workspaces = services.GetRequiredService<IWorkspaceStore>();
        if (await workspaces.GetAsync(new WorkspaceId(id), cancellationToken) is { } workspace)
        {
            return workspace;
        }

        var known = (await workspaces.ListAsync(cancellationToken)).Select(w => w.Id.Value).ToArray();
        await context.Error.WriteLineAsync($"There is no workspace '{id}'." + (known.Length == 0 ? " Run `demo` or start the bot first." : $" Known: {string.Join(", ", known)}."));
        return null;
    }
}
