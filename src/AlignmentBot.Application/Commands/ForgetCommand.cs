using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Dialogs;
using AlignmentBot.Application.Dialogs.Privacy;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Privacy;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Commands;

/// <summary>"Forget me" (anyone, for themselves) and "forget @person" (admins): asks first, then forgets.</summary>
public sealed class ForgetCommand(IWorkspaceStore workspaces, PrivacyGate gate) : IBotCommand
{
    public string Intent => "forget";

    public async Task HandleAsync(DialogContext dc, Conversations.Understanding.Understanding understanding, CancellationToken cancellationToken)
    {
        var scope = dc.Turn.Get<TurnScope>();
        var target = ForgetTarget.Parse(understanding.Text);
        if (target is null)
        {
            // "forget about this one" is a change of mind, not a request to forget a person.
            dc.Turn.Send("There's nothing in progress to drop. If you want me to forget you, say \"forget me\"; an admin can say \"forget @name\" for someone else.");
            return;
        }

        if (target.Self)
        {
            await dc.BeginDialogAsync(DialogIds.Forget, new ForgetState(scope.Person.UserId, scope.Person.DisplayName, true), cancellationToken);
            return;
        }

        var people = await workspaces.ListPeopleAsync(scope.Workspace.Id, cancellationToken);
        var matches = Match(people, target);
        if (matches.Count == 1 && matches[0].UserId == scope.Person.UserId)
        {
            await dc.BeginDialogAsync(DialogIds.Forget, new ForgetState(scope.Person.UserId, scope.Person.DisplayName, true), cancellationToken);
            return;
        }

        if (!gate.MayForgetOthers(scope))
        {
            dc.Turn.Send(PrivacyGate.ForgetRefusal);
            return;
        }

        switch (matches.Count)
        {
            case 0:
                dc.Turn.Send($"I don't know anyone called {target.Who} in this workspace, so there is nothing of theirs to forget.");
                return;
            case > 1:
                dc.Turn.Send($"Which {target.Who}? I know {string.Join(" and ", matches.Select(p => $"{p.DisplayName} ({p.UserId})"))}. Mention the one you mean.");
                return;
        }

        await dc.BeginDialogAsync(DialogIds.Forget, new ForgetState(matches[0].UserId, matches[0].DisplayName, false), cancellationToken);
    }

    private static IReadOnlyList<Person> Match(IReadOnlyList<Person> people, ForgetTarget target)
    {
        if (target.IsUserId)
        {
            return people.Where(p => p.UserId == target.Who).ToArray();
        }

        var byId = people.Where(p => string.Equals(p.UserId, target.Who, StringComparison.Ordinal)).ToArray();
        if (byId.Length > 0)
        {
            return byId;
        }

        var exact = people.Where(p => string.Equals(p.DisplayName, target.Who, StringComparison.OrdinalIgnoreCase)).ToArray();
        return exact.Length > 0
            ? exact
            : people.Where(p => p.DisplayName.StartsWith(target.Who + " ", StringComparison.OrdinalIgnoreCase)).ToArray();
    }
}
