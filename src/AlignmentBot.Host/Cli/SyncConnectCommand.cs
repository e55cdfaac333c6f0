using System.CommandLine;
using AlignmentBot.Application.Sync;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Host.Cli;

/// <summary><c>sync connect hubspot|salesforce</c> and <c>sync disconnect</c>. Secrets come from standard input only, never from an argument (which shells keep in their history).</summary>
internal static class SyncConnectCommand
{
    public static Command Connect(CliContext context)
    {
        var command = new Command("connect", "Store a CRM's credentials for a workspace (encrypted), after checking them with the CRM.");
        command.Subcommands.Add(HubSpot(context));
        command.Subcommands.Add(Salesforce(context));
        return command;
    }

    public static Command Disconnect(CliContext context)
    {
        var workspace = CliOptions.Workspace();
        var which = new Argument<string>("crm") { Description = "hubspot or salesforce" };
        var command = new Command("disconnect", "Forget a CRM's credentials. Synced records and numbers stay; syncing stops.") { which, workspace };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!CrmNames.TryParse(parse.GetValue(which), out var source))
            {
                await context.Error.WriteLineAsync($"Say hubspot or salesforce, not '{parse.GetValue(which)}'.");
                return 2;
            }

            using var host = await CliServices.StartAsync(context, cancellationToken);
            var removed = await host.Services.GetRequiredService<CrmConnections>().DisconnectAsync(new WorkspaceId(parse.GetValue(workspace)!), source, cancellationToken);
            await context.Output.WriteLineAsync(removed ? $"{CrmNames.Label(source)} disconnected; its credentials are deleted." : $"{CrmNames.Label(source)} was not connected.");
            return removed ? 0 : 1;
        });
        return command;
    }

    private static Command HubSpot(CliContext context)
    {
        var workspace = CliOptions.Workspace();
        var tokenStdin = new Option<bool>("--token-stdin") { Description = "Read the private app's access token from standard input (required; it is never echoed)." };
        var baseUrl = new Option<string?>("--base-url") { Description = "HubSpot's API address, for a proxy or a stand-in (default: Sync:HubSpot:BaseUrl)." };
        var reason = new Option<string?>("--reason-property") { Description = "A contact property that holds why sales disqualified the lead (a custom property in most accounts)." };
        var noVerify = new Option<bool>("--no-verify") { Description = "Store without checking the token with HubSpot first." };
        var command = new Command("hubspot", "Connect a HubSpot private app (scopes crm.objects.contacts.read and crm.objects.deals.read).") { workspace, tokenStdin, baseUrl, reason, noVerify };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!parse.GetValue(tokenStdin))
            {
                await context.Error.WriteLineAsync("Pass --token-stdin and give the token on standard input, e.g. `sync connect hubspot --token-stdin < token.txt`. A token on the command line would stay in the shell's history.");
                return 2;
            }

            var token = await SecretInput.ReadAsync(context, "HubSpot private app access token", cancellationToken);
            var settings = new CrmConnectionSettings(CrmAuthFlow.AccessToken, parse.GetValue(baseUrl), ReasonField: parse.GetValue(reason));
            return await SaveAsync(context, new WorkspaceId(parse.GetValue(workspace)!), CrmSource.HubSpot, settings, token, !parse.GetValue(noVerify), cancellationToken);
        });
        return command;
    }

    private static Command Salesforce(CliContext context)
    {
        var workspace = CliOptions.Workspace();
        var loginUrl = new Option<string?>("--login-url") { Description = "The org's My Domain URL (https://yourcompany.my.salesforce.com), required for the client credentials flow; https://login.salesforce.com or https://test.salesforce.com for JWT bearer." };
        var clientId = new Option<string?>("--client-id") { Description = "The connected app's consumer key." };
        var secretStdin = new Option<bool>("--client-secret-stdin") { Description = "Client credentials flow: read the consumer secret from standard input." };
        var keyFile = new Option<FileInfo?>("--key-file") { Description = "JWT bearer flow: the PEM private key whose certificate is uploaded to the connected app (or --key-stdin)." };
        var keyStdin = new Option<bool>("--key-stdin") { Description = "JWT bearer flow: read the PEM private key from standard input." };
        var username = new Option<string?>("--username") { Description = "JWT bearer flow: the Salesforce user the bot acts as (pre-authorized for the app)." };
        var reason = new Option<string?>("--reason-field") { Description = "A Lead field that holds the disqualification reason, e.g. Disqualification_Reason__c." };
        var campaign = new Option<string?>("--campaign-field") { Description = "A Lead field naming the lead's campaign, e.g. Campaign__c." };
        var noVerify = new Option<bool>("--no-verify") { Description = "Store without signing in to Salesforce first." };
        var command = new Command("salesforce", "Connect a Salesforce connected app: OAuth 2.0 client credentials (--client-secret-stdin) or JWT bearer (--key-file and --username).")
        {
            workspace, loginUrl, clientId, secretStdin, keyFile, keyStdin, username, reason, campaign, noVerify,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(clientId) is not { Length: > 0 } consumerKey)
            {
                await context.Error.WriteLineAsync("--client-id (the connected app's consumer key) is required.");
                return 2;
            }

            var jwt = parse.GetValue(keyFile) is not null || parse.GetValue(keyStdin);
            if (jwt == parse.GetValue(secretStdin))
            {
                await context.Error.WriteLineAsync("Choose one flow: --client-secret-stdin (client credentials), or --key-file/--key-stdin with --username (JWT bearer).");
                return 2;
            }

            if (jwt && parse.GetValue(username) is not { Length: > 0 })
            {
                await context.Error.WriteLineAsync("The JWT bearer flow needs --username: the user the bot acts as.");
                return 2;
            }

            var login = parse.GetValue(loginUrl);
            if (login is not null && (!Uri.TryCreate(login, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http")))
            {
                await context.Error.WriteLineAsync($"--login-url must be an absolute URL, not '{login}'.");
                return 2;
            }

            string secret;
            if (parse.GetValue(keyFile) is { } file)
            {
                if (!file.Exists)
                {
                    await context.Error.WriteLineAsync($"No such key file: {file.FullName}");
                    return 2;
                }

                secret = (await File.ReadAllTextAsync(file.FullName, cancellationToken)).Trim();
            }
            else
            {
                secret = jwt ? await SecretInput.ReadAllAsync(context, cancellationToken) : await SecretInput.ReadAsync(context, "Salesforce consumer secret", cancellationToken);
            }

            var settings = new CrmConnectionSettings(jwt ? CrmAuthFlow.JwtBearer : CrmAuthFlow.ClientCredentials, login, consumerKey, parse.GetValue(username), parse.GetValue(reason), parse.GetValue(campaign));
            return await SaveAsync(context, new WorkspaceId(parse.GetValue(workspace)!), CrmSource.Salesforce, settings, secret, !parse.GetValue(noVerify), cancellationToken);
        });
        return command;
    }

    private static async Task<int> SaveAsync(CliContext context, WorkspaceId workspace, CrmSource source, CrmConnectionSettings settings, string secret, bool verify, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(secret))
        {
            await context.Error.WriteLineAsync("Standard input was empty: nothing was stored.");
            return 2;
        }

        using var host = await CliServices.StartAsync(context, cancellationToken);
        try
        {
            await host.Services.GetRequiredService<CrmConnections>().ConnectAsync(workspace, source, settings, new CrmSecret(secret), Environment.UserName, verify, cancellationToken);
        }
        catch (CrmSourceException ex)
        {
            await context.Error.WriteLineAsync($"Not connected: {ex.Message} Nothing was stored.");
            return 1;
        }

        await context.Output.WriteLineAsync($"{CrmNames.Label(source)} connected to workspace '{workspace}'{(verify ? " (credentials checked)" : string.Empty)}; the credentials are stored encrypted.");
        await context.Output.WriteLineAsync($"Next: dotnet run --project src/AlignmentBot.Host -- sync --workspace {workspace}   (the web host also syncs every Sync:Interval)");
        return 0;
    }
}
