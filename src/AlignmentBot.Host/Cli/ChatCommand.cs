using System.CommandLine;
using System.Globalization;
using AlignmentBot.Application.Understanding;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Host.Cli;

/// <summary>
/// A conversation in the terminal with the same bot, storage and language model as Teams and Slack. Type a
/// button's number (or its title) to press it; forms are asked field by field. /quit or end of input leaves.
/// </summary>
internal static class ChatCommand
{
    public static Command Create(CliContext context)
    {
        var workspace = CliOptions.Workspace();
        var user = new Option<string>("--user") { Description = "Who you are in the conversation (a user id; your role is asked once).", DefaultValueFactory = _ => Environment.UserName };
        var command = new Command("chat", "Talk to the bot in the terminal (same core as Teams and Slack). Try \"is marketing working?\" after `demo`.") { workspace, user };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = await CliServices.StartAsync(context, cancellationToken);
            host.Services.GetRequiredService<AlignmentLanguage>().WarmUp();
            // The same runner as Teams and Slack: a failing turn apologises here too instead of ending the chat.
            var turns = host.Services.GetRequiredService<ITurnRunner>();
            var who = parse.GetValue(user)!;
            var address = new ConversationAddress("terminal", parse.GetValue(workspace)!, $"terminal-{who}");
            var me = new UserRef(who, Capitalize(who));
            var input = context.Input ?? Console.In;
            var output = context.Output;
            await output.WriteLineAsync($"AlignmentBot in the terminal (workspace '{address.WorkspaceId}'). Type /quit to leave; type a button's number to press it.");

            Card? lastCard = null;
            async Task TurnAsync(IncomingActivity activity)
            {
                var result = await turns.RunAsync(activity, cancellationToken);
                if (result.ReplaceCard is { } replaced)
                {
                    await output.WriteLineAsync("bot (updates the card)> " + TerminalCard.Render(replaced));
                }

                foreach (var reply in result.Replies)
                {
                    await output.WriteLineAsync("bot> " + TerminalCard.Render(reply));
                    if (reply.Card is { } card && card.ActionList.Count > 0)
                    {
                        lastCard = card;
                    }
                }
            }

            string Id() => Guid.NewGuid().ToString("N");
            await TurnAsync(new IncomingActivity(ActivityKind.ConversationStarted, Id(), address, me, null, DateTimeOffset.UtcNow));
            while (true)
            {
                await output.WriteAsync("you> ");
                var line = await input.ReadLineAsync(cancellationToken);
                if (line is null || line.Trim() is "/quit" or "/exit")
                {
                    await output.WriteLineAsync();
                    return 0;
                }

                if (line.Trim().Length == 0)
                {
                    continue;
                }

                var action = lastCard is null ? null : Pressed(lastCard, line.Trim());
                if (action is not null && lastCard is not null)
                {
                    var values = new Dictionary<string, string>(action.Data ?? new Dictionary<string, string>());
                    foreach (var field in lastCard.Inputs)
                    {
                        await output.WriteAsync($"  {field.Label}{Default(field)}: ");
                        var answer = (await input.ReadLineAsync(cancellationToken))?.Trim();
                        var value = string.IsNullOrEmpty(answer) ? Value(field) : answer;
                        if (value is not null)
                        {
                            values[field.Id] = field switch
                            {
                                ChoiceInput choice => Choose(choice.Choices, value),
                                PersonInput person => Choose(person.Known, value),
                                _ => value,
                            };
                        }
                    }

                    await TurnAsync(new IncomingActivity(ActivityKind.Submission, Id(), address, me, null, DateTimeOffset.UtcNow, new CardSubmission(action.Verb, values, lastCard.Id)));
                    continue;
                }

                await TurnAsync(new IncomingActivity(ActivityKind.Message, Id(), address, me, line, DateTimeOffset.UtcNow));
            }
        });
        return command;
    }

    private static CardAction? Pressed(Card card, string line)
    {
        var actions = card.ActionList;
        if (int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= actions.Count)
        {
            return actions[n - 1];
        }

        return actions.FirstOrDefault(a => string.Equals(a.Title, line, StringComparison.OrdinalIgnoreCase));
    }

    private static string Default(CardInput field) => Value(field) is { } v ? $" [{v}]" : field switch
    {
        ChoiceInput c => $" ({string.Join(" / ", c.Choices.Select(x => x.Title))})",
        PersonInput p when p.Known.Count > 0 => $" (a name, e.g. {string.Join(" / ", p.Known.Take(5).Select(x => x.Title))})",
        _ => string.Empty,
    };

    private static string? Value(CardInput field) => field switch
    {
        TextInput t => t.Value,
        ChoiceInput c => c.Value,
        DateInput d => d.Value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        PersonInput p => p.Value,
        _ => null,
    };

    private static string Choose(IReadOnlyList<Choice> choices, string answer)
        => choices.FirstOrDefault(c => string.Equals(c.Title, answer, StringComparison.OrdinalIgnoreCase) || string.Equals(c.Value, answer, StringComparison.OrdinalIgnoreCase))?.Value ?? answer;

    private static string Capitalize(string name) => name.Length == 0 ? "You" : char.ToUpperInvariant(name[0]) + name[1..];
}
