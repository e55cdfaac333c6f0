using System.Text.RegularExpressions;
using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Cards;
using AlignmentBot.Application.Permissions;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Sync;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Permissions;

namespace AlignmentBot.Application.Commands;

/// <summary>
/// "Sync now", "sync status", "show the CRM mapping" and "connect HubSpot" (a form, in a direct message only). Admins only
/// (<see cref="PermissionAction.ManageSync"/>, asked through the <see cref="PermissionGate"/>); a refusal names who can. Credentials typed into the form go straight to the
/// CRM for a check and then into encrypted storage; they are never echoed, kept in dialog state, or logged.
/// </summary>
public sealed partial class SyncCommand(
    CrmSyncService sync,
    CrmConnections connections,
    ICrmSyncTrigger trigger,
    PermissionGate gate) : IBotCommand, ISubmissionHandler
{
    public string Intent => "sync";

    public IReadOnlyCollection<string> Verbs { get; } = [Dialogs.Verbs.OpenCrmConnect, Dialogs.Verbs.SubmitCrmConnect];

    public async Task HandleAsync(DialogContext dc, Conversations.Understanding.Understanding understanding, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        if (!await gate.AllowsAsync(dc.Turn, PermissionAction.ManageSync, null, cancellationToken))
        {
            return;
        }

        var text = dc.Turn.Text ?? string.Empty;
        if (ConnectWords().IsMatch(text))
        {
            OfferForm(dc, scope, Named(text) ?? CrmSource.HubSpot);
            return;
        }

        if (StatusWords().IsMatch(text) || MappingWords().IsMatch(text))
        {
            var status = await sync.StatusAsync(scope.Workspace.Id, await trigger.NextScheduledRunAsync(cancellationToken), cancellationToken);
            var mapping = MappingWords().IsMatch(text) || status.Connections.Count > 0 && !status.Connections.Any(c => c.LastRun is not null)
                ? CrmSyncText.Mapping(await sync.MappingAsync(scope.Workspace.Id, Named(text), cancellationToken))
                : null;
            var lines = CrmSyncText.Status(status).ToList();
            if (mapping is null && status.Connections.Count > 0)
            {
                lines.Add("Say \"show the CRM mapping\" to see what each stage and status counts as.");
            }

            dc.Turn.Send(CrmSyncCards.Status(lines, mapping));
            return;
        }

        var connected = await connections.ListAsync(scope.Workspace.Id, cancellationToken);
        if (connected.Count == 0)
        {
            dc.Turn.Send("No CRM is connected yet. Say \"connect HubSpot\" or \"connect Salesforce\" here in a direct message, and I'll ask for the credentials.");
            return;
        }

        await sync.RecordRequestAsync(scope.Workspace.Id, new CrmSyncRequest(Trigger: CrmSyncTrigger.Chat, RequestedBy: scope.Person.DisplayName), cancellationToken);
        await trigger.TriggerAsync(scope.Workspace.Id, CrmSyncTrigger.Chat, scope.Person.DisplayName, cancellationToken);
        dc.Turn.Send($"Started a sync of {string.Join(" and ", connected.Select(c => CrmNames.Label(c.Source)))}. It reads only what changed since the last run; say \"sync status\" to follow it.");
    }

    public async Task HandleAsync(DialogContext dc, CardSubmission submission, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        if (!await gate.AllowsAsync(dc.Turn, PermissionAction.ManageSync, null, cancellationToken))
        {
            return;
        }

        if (!CrmNames.TryParse(submission.Value("source"), out var source))
        {
            dc.Turn.Send("That form names no CRM I know. Say \"connect HubSpot\" or \"connect Salesforce\" to start again.");
            return;
        }

        if (submission.Verb == Dialogs.Verbs.OpenCrmConnect)
        {
            OfferForm(dc, scope, source);
            return;
        }

        if (dc.Turn.Activity.Conversation.IsGroup)
        {
            dc.Turn.Send("I only take CRM credentials in a direct message. Nothing was saved; message me directly and say \"connect " + CrmNames.Label(source) + "\".");
            return;
        }

        var errors = new Dictionary<string, string>();
        CrmConnectionSettings settings;
        CrmSecret secret;
        if (source == CrmSource.HubSpot)
        {
            settings = new CrmConnectionSettings(CrmAuthFlow.AccessToken);
            secret = new CrmSecret(submission.Value("token")?.Trim() ?? string.Empty);
            if (secret.IsEmpty)
            {
                errors["token"] = "Paste the private app's access token.";
            }
        }
        else
        {
            var login = submission.Value("login_url")?.Trim();
            if (login is null || !Uri.TryCreate(login, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
            {
                errors["login_url"] = "Enter your Salesforce My Domain URL, starting with https://.";
            }

            if (submission.Value("client_id") is null)
            {
                errors["client_id"] = "Enter the connected app's consumer key.";
            }

            secret = new CrmSecret(submission.Value("client_secret")?.Trim() ?? string.Empty);
            if (secret.IsEmpty)
            {
                errors["client_secret"] = "Enter the connected app's consumer secret.";
            }

            settings = new CrmConnectionSettings(CrmAuthFlow.ClientCredentials, login, submission.Value("client_id")?.Trim());
        }

        if (errors.Count > 0)
        {
            dc.Turn.InputErrors = errors;
            dc.Turn.Send("Not connected yet: " + string.Join(" ", errors.Values));
            return;
        }

        try
        {
            var connection = await connections.ConnectAsync(scope.Workspace.Id, source, settings, secret, scope.Person.DisplayName, verify: true, cancellationToken);
            dc.Turn.ReplaceCard = CrmSyncCards.Connected(connection);
            await trigger.TriggerAsync(scope.Workspace.Id, CrmSyncTrigger.Connect, scope.Person.DisplayName, cancellationToken);
            dc.Turn.Send($"{CrmNames.Label(source)} is connected, and the first sync has started. It runs every hour from now on; say \"sync status\" to follow it, or \"show the CRM mapping\" to check what each stage counts as.");
        }
        catch (CrmSourceException ex)
        {
            dc.Turn.InputErrors = new Dictionary<string, string> { [source == CrmSource.HubSpot ? "token" : "client_secret"] = ex.Message };
            dc.Turn.Send($"Not connected: {ex.Message} Nothing was saved.");
        }
    }

    private static void OfferForm(DialogContext dc, TurnScope scope, CrmSource source)
    {
        if (dc.Turn.Activity.Conversation.IsGroup)
        {
            dc.Turn.Send($"I only take CRM credentials in a direct message, so they stay between us. Message me directly and say \"connect {CrmNames.Label(source)}\".");
            return;
        }

        dc.Turn.Send(CrmSyncCards.ConnectForm(source));
    }

    private static CrmSource? Named(string text) => Salesforce().IsMatch(text) ? CrmSource.Salesforce : HubSpot().IsMatch(text) ? CrmSource.HubSpot : null;

    [GeneratedRegex(@"\b(connect|credentials?|token|api\s+key|set\s*up|link|reconnect|disconnect)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConnectWords();

    [GeneratedRegex(@"\b(status|last|when|progress|state|how\s+(is|did|far)|running|working|health|did\s+(it|the)|is\s+(it|the))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatusWords();

    [GeneratedRegex(@"\b(mapping|mapped|map|counts?\s+as|stages?\s+(mean|count))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MappingWords();

    [GeneratedRegex(@"\b(salesforce|sfdc)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Salesforce();

    [GeneratedRegex(@"\bhub\s?spot\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HubSpot();
}
