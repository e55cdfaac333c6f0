using System.Text.Json;
using AlignmentBot.Channels.Teams.AdaptiveCards;
using AlignmentBot.Channels.Teams.Authentication;
using AlignmentBot.Channels.Teams.Schema;
using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Channels.Teams.Activities;

/// <summary>The one place where Bot Framework activities become channel-neutral turns. <c>now</c> stands in for a missing timestamp.</summary>
internal static class ActivityMapper
{
    public const string LocalWorkspace = "local";
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    /// <summary>The Teams tenant the activity belongs to (channelData.tenant.id or conversation.tenantId), if it says.</summary>
    public static string? Tenant(Activity activity)
        => ChannelData(activity)?.Tenant?.Id is { Length: > 0 } fromChannelData ? fromChannelData
            : activity.Conversation?.TenantId is { Length: > 0 } fromConversation ? fromConversation : null;

    public static ConversationAddress Address(Activity activity, CallerIdentity caller)
    {
        var channelData = ChannelData(activity);
        var conversation = activity.Conversation;
        var tenant = Tenant(activity);

        // The anonymous local mode serves the local workspace only, whatever tenant the body names: nobody without a
        // token may read or change a real tenant's data. Without a tenant (a Direct Line client) the channel is one workspace.
        var workspace = caller.IsAnonymous ? LocalWorkspace : !string.IsNullOrEmpty(tenant) ? tenant : activity.ChannelId ?? LocalWorkspace;
        var isGroup = conversation?.IsGroup == true || conversation?.ConversationType is "channel" or "groupChat";
        return new ConversationAddress(
            ChannelId: activity.ChannelId ?? "",
            WorkspaceId: workspace,
            ConversationId: conversation?.Id ?? "",
            ServiceUrl: activity.ServiceUrl,
            BotId: activity.Recipient?.Id,
            IsGroup: isGroup,
            Name: channelData?.Channel?.Name ?? conversation?.Name);
    }

    public static IncomingActivity Message(Activity activity, CallerIdentity caller, DateTimeOffset now)
    {
        var submission = SubmissionFromValue(activity.Value);
        var address = Address(activity, caller);
        return new IncomingActivity(
            submission is null ? ActivityKind.Message : ActivityKind.Submission,
            activity.Id ?? "",
            address,
            From(activity),
            submission is null ? StripMention(activity) : null,
            activity.Timestamp ?? now,
            submission,
            activity.Locale)
        {
            Mentions = submission is null ? Mentions(activity) : [],
            Files = submission is null && !address.IsGroup ? Files(activity) : [],
        };
    }

    /// <summary>Files a person sent in a personal chat (file download info attachments), with their pre-authorised downloadUrl.</summary>
    public static IReadOnlyList<SharedFile> Files(Activity activity)
    {
        var files = new List<SharedFile>();
        foreach (var attachment in activity.Attachments ?? [])
        {
            if (attachment.ContentType != Attachment.FileDownloadInfoContentType || attachment.Content is not { ValueKind: JsonValueKind.Object } content)
            {
                continue;
            }

            FileDownloadInfo? info;
            try
            {
                info = content.Deserialize(TeamsJsonContext.Default.FileDownloadInfo);
            }
            catch (JsonException)
            {
                continue;
            }

            if (info?.DownloadUrl is { Length: > 0 } url)
            {
                files.Add(new SharedFile(attachment.Name ?? "file", url, null, info.FileType));
            }
        }

        return files;
    }

    /// <summary>
    /// The people @mentioned (mention entities other than the bot): keyed by AAD object id when the entity carries one, with
    /// the channel account id ("29:…") kept for addressing; the Connector lookup fills the AAD id in otherwise.
    /// </summary>
    public static IReadOnlyList<UserMention> Mentions(Activity activity)
        => (activity.Entities ?? [])
            .Where(e => e.Type == "mention" && e.Mentioned?.Id is { Length: > 0 } id && id != activity.Recipient?.Id && !string.IsNullOrEmpty(e.Text))
            .Select(e => new UserMention(e.Mentioned!.AadObjectId is { Length: > 0 } aad ? aad : e.Mentioned.Id!, e.Mentioned.Name, e.Text!) { AddressId = e.Mentioned.Id })
            .DistinctBy(m => m.Id)
            .ToArray();

    public static IncomingActivity ConversationStarted(Activity activity, CallerIdentity caller, DateTimeOffset now)
        => new(ActivityKind.ConversationStarted, activity.Id ?? "", Address(activity, caller), From(activity), null, activity.Timestamp ?? now, null, activity.Locale);

    /// <returns>Null when the invoke carries no Action.Execute (the caller answers 400, as the SDK does).</returns>
    public static IncomingActivity? CardAction(Activity activity, CallerIdentity caller, DateTimeOffset now)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        var invoke = value.Deserialize(TeamsJsonContext.Default.AdaptiveCardInvokeValue);
        if (invoke?.Action is not { Type: "Action.Execute" } action || string.IsNullOrEmpty(action.Verb))
        {
            return null;
        }

        var values = Values(action.Data);
        var cardId = values.GetValueOrDefault(SubmitData.CardId);
        var submission = new CardSubmission(action.Verb, Strip(values), cardId);
        return new IncomingActivity(ActivityKind.Submission, activity.Id ?? "", Address(activity, caller), From(activity), null, activity.Timestamp ?? now, submission, activity.Locale);
    }

    /// <summary>True when the bot itself is among the members added: it was installed in this conversation.</summary>
    public static bool BotWasAdded(Activity activity)
        => activity.MembersAdded?.Any(m => m.Id is not null && string.Equals(m.Id, activity.Recipient?.Id, StringComparison.Ordinal)) == true;

    /// <summary>In channels and group chats Teams includes "&lt;at&gt;Bot&lt;/at&gt;" in the text; remove the bot's own mention only.</summary>
    public static string? StripMention(Activity activity)
    {
        var text = activity.Text;
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        foreach (var mention in activity.Entities ?? [])
        {
            if (mention.Type == "mention" && mention.Text is { Length: > 0 } mentionText && mention.Mentioned?.Id is { } id && id == activity.Recipient?.Id)
            {
                text = text.Replace(mentionText, "", StringComparison.Ordinal);
            }
        }

        return text.Replace('\u00a0', ' ').Trim();
    }

    private static CardSubmission? SubmissionFromValue(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object })
        {
            return null;
        }

        var values = Values(value);
        return values.TryGetValue(SubmitData.Verb, out var verb) && !string.IsNullOrEmpty(verb)
            ? new CardSubmission(verb, Strip(values), values.GetValueOrDefault(SubmitData.CardId))
            : null;
    }

    private static Dictionary<string, string> Values(JsonElement? data)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (data is not { ValueKind: JsonValueKind.Object } obj)
        {
            return values;
        }

        foreach (var property in obj.EnumerateObject())
        {
            values[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString() ?? "",
                JsonValueKind.Null => "",
                _ => property.Value.GetRawText(),
            };
        }

        return values;
    }

    private static Dictionary<string, string> Strip(Dictionary<string, string> values)
        => values.Where(kv => !SubmitData.IsReserved(kv.Key) && kv.Key != "msteams").ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);

    /// <summary>The person's key is their AAD object id where the activity carries it; the channel account id stays for addressing.</summary>
    private static UserRef From(Activity activity)
        => activity.From?.AadObjectId is { Length: > 0 } aad
            ? new UserRef(aad, activity.From.Name ?? "", activity.LocalTimezone) { AddressId = activity.From.Id }
            : new UserRef(activity.From?.Id ?? "", activity.From?.Name ?? "", activity.LocalTimezone);

    private static TeamsChannelData? ChannelData(Activity activity)
    {
        if (activity.ChannelData is not { ValueKind: JsonValueKind.Object } data)
        {
            return null;
        }

        try
        {
            return data.Deserialize(TeamsJsonContext.Default.TeamsChannelData);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
