using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Bot;

/// <summary>Who is talking, in which company and conversation: attached to every dialog turn.</summary>
public sealed record TurnScope(Workspace Workspace, Person Person, ConversationAddress Address)
{
    public string Currency => Workspace.Currency;
}
