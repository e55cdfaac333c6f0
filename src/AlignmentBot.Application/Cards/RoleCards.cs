using AlignmentBot.Application.Dialogs;
using AlignmentBot.Application.People;
using AlignmentBot.Application.References;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Cards;

public static class RoleCards
{
    /// <summary>One request, with Approve and Decline behind one reference: what admins get, in their 1:1 chat or on "role requests".</summary>
    public static OutgoingMessage Request(RoleRequest request, string reference)
    {
        var text = $"{request.UserName} asks to be {Roles.WithArticle(request.Role)} (asked {Formatting.Date(DateOnly.FromDateTime(request.RequestedAt.UtcDateTime))}).";
        return new OutgoingMessage(text + " Approve it or decline it.", new Card("Role request", [new TextBlock(text)],
        [
            new CardAction("Approve", Verbs.ApproveRole, ActionReferences.Data(reference), ActionStyle.Primary),
            new CardAction("Decline", Verbs.DeclineRole, ActionReferences.Data(reference), ActionStyle.Destructive),
        ], $"role-request:{request.Id:N}"));
    }

    /// <summary>"Which Priya?" for a role or admin command: one button per person, each behind its own reference.</summary>
    public static OutgoingMessage Which(string question, IReadOnlyList<(Person Person, string Reference)> choices, string verb)
        => new(question + "\n" + string.Join("\n", choices.Select((c, i) => $"{i + 1}. {PersonResolver.Label(c.Person)}")),
            new Card(null, [new TextBlock(question)], choices.Select(c => new CardAction(PersonResolver.Label(c.Person), verb, ActionReferences.Data(c.Reference))).ToArray(), "which-person"));

    /// <summary>Who has which role, and who the admins are.</summary>
    public static OutgoingMessage List(IReadOnlyList<Person> people, Func<Person, bool> isAdmin, Func<Person, string> name)
    {
        var withRoles = people.Where(p => p.Role is not null || isAdmin(p)).OrderBy(p => p.Role ?? (Role)int.MaxValue).ThenBy(p => p.DisplayName, StringComparer.OrdinalIgnoreCase).ToArray();
        if (withRoles.Length == 0)
        {
            return new OutgoingMessage("Nobody has a role yet. An admin gives them, e.g. \"make @name the marketing lead\"; anyone can ask for one, e.g. \"I'm in sales now\".");
        }

        var rows = withRoles.Select(p => new TableRow([name(p), p.Role is { } r ? Roles.Noun(r) : "no role", isAdmin(p) ? "admin" : string.Empty])).ToArray();
        var text = "Roles here:\n" + string.Join("\n", withRoles.Select(p => $"• {name(p)}: {(p.Role is { } r ? Roles.Noun(r) : "no role")}{(isAdmin(p) ? " (admin)" : string.Empty)}"));
        return new OutgoingMessage(text, new Card("Roles", [new TableBlock(["Person", "Role", "Admin"], rows)], null, "roles"));
    }
}
