using AlignmentBot.Channels.Teams.Schema;

namespace AlignmentBot.Channels.Teams.Activities;

internal static class ReplyAddressing
{
    /// <summary>Addresses a reply the way the SDK's ApplyConversationReference does: from the bot, to the sender, in the same conversation.</summary>
    public static Activity AsReplyTo(this Activity reply, Activity inbound) => reply with
    {
        ChannelId = inbound.ChannelId,
        ServiceUrl = inbound.ServiceUrl,
        Conversation = inbound.Conversation,
        From = inbound.Recipient,
        Recipient = inbound.From,
        ReplyToId = inbound.Id,
    };
}
