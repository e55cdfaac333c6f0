using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Digests;
using AlignmentBot.Application.Permissions;
using AlignmentBot.Application.Ports;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Workspaces;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Application.People;

/// <summary>
/// Sends a card to people in their 1:1 conversation with the bot, where the bot knows one (the conversation directory) and
/// the channel can post proactively: role requests to the admins, the answer to the person who asked.
/// </summary>
public sealed class RoleRequestNotifier(IWorkspaceStore workspaces, IConversationDirectory directory, DigestSenders senders, PermissionGate gate, ILogger<RoleRequestNotifier> logger)
{
    /// <summary>How many admins the card reached.</summary>
    public async Task<int> NotifyAdminsAsync(TurnScope scope, OutgoingMessage card, CancellationToken cancellationToken)
    {
        var people = await workspaces.ListPeopleAsync(scope.Workspace.Id, cancellationToken);
        var reached = 0;
        foreach (var admin in people.Where(p => p.UserId != scope.Person.UserId && gate.IsKnownAdmin(scope.Workspace.Id, p)))
        {
            if (await SendAsync(scope.Workspace.Id, admin, card, cancellationToken))
            {
                reached++;
            }
        }

        return reached;
    }

    /// <summary>Posts into the person's 1:1 conversation; false when the bot knows none or the post failed.</summary>
    public async Task<bool> SendAsync(WorkspaceId workspaceId, Person person, OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (person.PersonalConversation is not { } key
            || await directory.FindAsync(workspaceId.Value, key, cancellationToken) is not { } address
            || senders.For(address.ChannelId) is not { } sender)
        {
            return false;
        }

        try
        {
            var sent = await sender.SendAsync(address, message, cancellationToken);
            if (!sent.Delivered)
            {
                logger.LogWarning("Could not send a card to {UserId} in {ConversationKey}: {Error}", person.UserId, key, sent.Error);
            }

            return sent.Delivered;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The request is recorded either way and listed on "role requests"; a failed notice must not fail the turn.
            logger.LogWarning(ex, "Could not send a card to {UserId} in {ConversationKey}", person.UserId, key);
            return false;
        }
    }
}
