using AlignmentBot.Channels.Slack.Delivery;
using AlignmentBot.Channels.Slack.Interactivity;
using AlignmentBot.Channels.Slack.WebApi;

namespace AlignmentBot.Channels.Slack.Inbound.Interactions;

/// <summary>Where the answer to an interaction goes, shared by its handlers.</summary>
internal static class InteractionReplies
{
    public static string? ThreadOf(InteractionPayload payload) => payload.Message?.ThreadTs ?? payload.Container?.ThreadTs;

    /// <summary>App Home has no channel: the conversation is the person's direct message with the bot.</summary>
    public static async Task<ReplyContext> WithConversationAsync(this IConversationsApi conversations, ReplyContext context, CancellationToken cancellationToken)
    {
        if (context.Conversation.ConversationId.Length > 0)
        {
            return context;
        }

        var dm = await conversations.OpenDirectMessageAsync(context.UserId, cancellationToken);
        return context with { Conversation = context.Conversation with { ConversationId = dm, IsGroup = false } };
    }
}
