using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Permissions;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Bot;

/// <summary>Who is talking, in which company and conversation, and what the permission matrix knows of them: attached to every dialog turn.</summary>
public sealed record TurnScope(Workspace Workspace, Person Person, ConversationAddress Address, Actor Actor)
{
    public string Currency => Workspace.Currency;

    /// <summary>The same turn after the person's role or admin right changed (an admin's own role request is granted at once).</summary>
    public TurnScope WithPerson(Person person)
        => this with { Person = person, Actor = Actor with { Role = person.Role, IsAdmin = Actor.IsAdmin || (Actor.IsMember && person.IsAdmin) } };
}
