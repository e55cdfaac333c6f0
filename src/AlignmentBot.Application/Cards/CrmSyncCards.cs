using AlignmentBot.Application.Dialogs;
using AlignmentBot.Application.Sync;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Application.Cards;

/// <summary>The CRM connection form and the status card. The form never carries a secret back to the person.</summary>
public static class CrmSyncCards
{
    public static OutgoingMessage ConnectForm(CrmSource source)
    {
        var data = new Dictionary<string, string> { ["source"] = CrmNames.Key(source) };
        CardBlock[] blocks = source == CrmSource.HubSpot
            ?
            [
                new TextBlock("In HubSpot, create a private app (Settings › Integrations › Private apps) with the scopes **crm.objects.contacts.read** and **crm.objects.deals.read**, then paste its access token here. I store it encrypted and never show it again."),
                new TextInput("token", "Private app access token", Placeholder: "pat-...", Required: true, Kind: InputKind.Secret),
            ]
            :
            [
                new TextBlock("In Salesforce, create a connected app with the OAuth 2.0 client credentials flow enabled and a run-as user with API access (docs/crm-sync.md has the steps), then fill in its details. I store the secret encrypted and never show it again."),
                new TextInput("login_url", "My Domain URL", Placeholder: "https://yourcompany.my.salesforce.com", Required: true),
                new TextInput("client_id", "Consumer key", Required: true),
                new TextInput("client_secret", "Consumer secret", Required: true, Kind: InputKind.Secret),
            ];
        return new OutgoingMessage($"Connect {CrmNames.Label(source)}: fill in the form.",
            new Card($"Connect {CrmNames.Label(source)}", blocks, [new CardAction($"Connect {CrmNames.Label(source)}", Verbs.SubmitCrmConnect, data, ActionStyle.Primary)], $"crm-connect:{CrmNames.Key(source)}"));
    }

    /// <summary>Replaces the form once the connection works: what was connected, never the secret.</summary>
    public static OutgoingMessage Connected(CrmConnection connection)
        => new($"{CrmNames.Label(connection.Source)} is connected.",
            new Card($"{CrmNames.Label(connection.Source)} connected",
                [new TextBlock($"Connected by {connection.ConnectedBy}. The credentials are stored encrypted; to change them, connect again.", TextStyle.Good)],
                Id: $"crm-connect:{CrmNames.Key(connection.Source)}"));

    public static OutgoingMessage Status(IReadOnlyList<string> status, IReadOnlyList<string>? mapping)
    {
        var blocks = new List<CardBlock> { new TextBlock(string.Join("\n", status)) };
        if (mapping is { Count: > 0 })
        {
            blocks.Add(new DividerBlock());
            blocks.Add(new TextBlock("**How CRM values count**", TextStyle.Heading));
            blocks.Add(new TextBlock(string.Join("\n", mapping.Select(m => "• " + m))));
        }

        var text = string.Join("\n", status) + (mapping is { Count: > 0 } ? "\n\nHow CRM values count:\n" + string.Join("\n", mapping.Select(m => "• " + m)) : string.Empty);
        return new OutgoingMessage(text, new Card("CRM sync", blocks, Id: "crm-status"));
    }
}
