using Stopwatch = System.Diagnostics.Stopwatch;
using System.Text;
using System.Text.RegularExpressions;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Testing;
using Microsoft.Extensions.DependencyInjection;


namespace AlignmentBot.Application.Tests.Scenarios.Runner;

/// <summary>
/// Plays one scenario against the real bot with real SQLite (<see cref="BotHarness"/>: fake clock at
/// <see cref="TestData.Now"/>, the demo company in workspace <c>local</c>) and stops at the first expectation that fails.
/// </summary>
public sealed class ScenarioRunner
{
    internal const string ChannelId = "webchat";

    private readonly Scenario _scenario;
    private readonly BotHarness _harness;
    private StateSnapshot _before;
    private readonly List<string> _log = [];
    private readonly Dictionary<string, List<Posted>> _posted = new(StringComparer.Ordinal);
    private readonly List<OutgoingMessage> _everything = [];
    private readonly Dictionary<string, List<OutgoingMessage>> _lastTurnOf = new(StringComparer.Ordinal);
    private List<OutgoingMessage> _lastTurn = [];
    private string? _lastSpeaker;
    private int _activity;

    private ScenarioRunner(Scenario scenario, BotHarness harness, StateSnapshot before)
    {
        _scenario = scenario;
        _harness = harness;
        _before = before;
    }

    public static async Task<ScenarioResult> RunAsync(Scenario scenario, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await using var harness = await BotHarness.StartAsync(services => services.AddSingleton<IMessageSender>(new ScenarioSender()).AddSingleton<IDirectMessages>(new ScenarioDirectMessages()));
        if (scenario.Setup == "demo")
        {
            await harness.SeedDemoAsync(ScenarioWorkspace.Name);
        }

        await Personas.ApplyAsync(harness, scenario.Personas.Select(Personas.Get), cancellationToken);
        var runner = new ScenarioRunner(scenario, harness, await StateSnapshot.TakeAsync(harness.Services, cancellationToken));
        try
        {
            foreach (var step in scenario.Steps)
            {
                await runner.StepAsync(step, cancellationToken);
            }

            return new ScenarioResult(scenario, null, null, runner.TranscriptText(), clock.Elapsed);
        }
        catch (ScenarioFailedException failure)
        {
            return new ScenarioResult(scenario, $"line {failure.Line}: {failure.Message}", failure.Cause, runner.TranscriptText(), clock.Elapsed);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new ScenarioResult(scenario, $"the runner or the bot threw {ex.GetType().Name}: {ex.Message}", "crash", runner.TranscriptText() + "\n" + ex, clock.Elapsed);
        }
    }

    private async Task StepAsync(ScenarioStep step, CancellationToken ct)
    {
        switch (step)
        {
            case SayStep say:
                await SayAsync(say.Speaker, say.Text, ct);
                break;
            case PressStep press:
                await PressAsync(press, ct);
                break;
            case AddedStep added:
                await TurnAsync(added.Speaker, new IncomingActivity(ActivityKind.ConversationStarted, NextId(), Address(added.Speaker), User(added.Speaker), null, _harness.Time.GetUtcNow()), "(adds the bot)", null, ct);
                break;
            case WaitStep wait:
                _harness.Time.Advance(wait.Time);
                _log.Add($"(… {wait.Time} later)");
                break;
            case RestartStep:
                await _harness.Restart();
                _log.Add("(the host restarts)");
                break;
            case BaselineStep:
                _before = await StateSnapshot.TakeAsync(_harness.Services, ct);
                _log.Add("(checks compare with the state from here on)");
                break;
            case AnswersStep answers:
                await AnswerAsync(answers, ct);
                break;
            case ReplyCheck check:
                CheckReply(check);
                break;
            case StateCheck check:
                var why = await StateChecks.EvaluateAsync(check.Expectation, _before, _harness.Services, _lastSpeaker is null ? null : Address(_lastSpeaker).ConversationId, ct, _lastSpeaker);
                if (why is not null)
                {
                    throw new ScenarioFailedException(check.Line, why.StartsWith("needs a feature", StringComparison.Ordinal) ? "needs-feature" : "state", $"expect {check.Expectation.Text}: {why}");
                }

                break;
        }
    }

    private Task SayAsync(string speaker, string text, CancellationToken ct)
        => TurnAsync(speaker, new IncomingActivity(ActivityKind.Message, NextId(), Address(speaker), User(speaker), text, _harness.Time.GetUtcNow()), text, null, ct);

    private async Task PressAsync(PressStep press, CancellationToken ct)
    {
        var address = Address(press.Speaker);
        var (posted, action) = FindButton(address, press.Title)
            ?? throw new ScenarioFailedException(press.Line, "button", $"{press.Speaker} wants to press [{press.Title}], but no card in this conversation offers it{Offered(address)}");
        var card = posted.Message.Card!;
        var values = new Dictionary<string, string>(action.Data ?? new Dictionary<string, string>(), StringComparer.Ordinal);

        // A channel submits every field of the card as it stands, pre-filled values included.
        foreach (var input in card.Inputs)
        {
            var value = input switch
            {
                TextInput t => t.Value,
                ChoiceInput c => c.Value,
                DateInput d => d.Value?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                _ => null,
            };
            if (value is not null)
            {
                values[input.Id] = value;
            }
        }

        foreach (var (name, value) in press.Inputs)
        {
            var input = card.Inputs.FirstOrDefault(i => i.Id.Equals(name, StringComparison.OrdinalIgnoreCase))
                ?? card.Inputs.FirstOrDefault(i => i.Label.Contains(name, StringComparison.OrdinalIgnoreCase))
                ?? throw new ScenarioFailedException(press.Line, "button", $"the form has no field '{name}' (it has {string.Join(", ", card.Inputs.Select(i => $"{i.Id} \"{i.Label}\""))})");
            values[input.Id] = input is ChoiceInput choice
                ? choice.Choices.FirstOrDefault(c => c.Title.Equals(value, StringComparison.OrdinalIgnoreCase) || c.Value.Equals(value, StringComparison.OrdinalIgnoreCase))?.Value ?? value
                : value;
        }

        var filled = press.Inputs.Count == 0 ? string.Empty : " with " + string.Join(", ", press.Inputs.Select(i => $"{i.Key}={i.Value}"));
        var activity = new IncomingActivity(ActivityKind.Submission, NextId(), address, User(press.Speaker), null, _harness.Time.GetUtcNow(), new CardSubmission(action.Verb, values, card.Id));
        await TurnAsync(press.Speaker, activity, $"presses [{action.Title}]{filled}", posted, ct);
    }

    private async Task AnswerAsync(AnswersStep step, CancellationToken ct)
    {
        var left = step.Answers.ToList();
        while (left.Count > 0)
        {
            // Each person answers what the bot last said to them: in a channel, someone else may have spoken since.
            var answer = left.FirstOrDefault(a => Asked(a, lastOnly: true)) ?? left.FirstOrDefault(a => Asked(a, lastOnly: false));
            if (answer is null)
            {
                break;
            }

            left.Remove(answer);
            var turn = ScenarioParser.Turn(answer.Line, answer.Speaker, answer.Reply);
            await StepAsync(turn, ct);
        }

        foreach (var unused in left)
        {
            _log.Add($"(not asked, so {unused.Speaker} did not need to answer \"{unused.Reply}\" to /{unused.Question}/)");
        }
    }

    private bool Asked(Answer answer, bool lastOnly)
    {
        var turn = _lastTurnOf.GetValueOrDefault(answer.Speaker) ?? [];
        if (turn.Count == 0)
        {
            return false;
        }

        var text = lastOnly ? Question(turn[^1]) : string.Join("\n", turn.Select(Question));
        return Regex.IsMatch(text, answer.Question, RegexOptions.IgnoreCase);
    }

    private void CheckReply(ReplyCheck check)
    {
        var regex = new Regex(check.Pattern, RegexOptions.IgnoreCase);
        var messages = check.Anywhere ? _everything : _lastTurn;
        bool found;
        if (check.Button)
        {
            found = messages.Any(m => m.Card?.ActionList.Any(a => regex.IsMatch(a.Title)) == true);
        }
        else
        {
            found = regex.IsMatch(string.Join("\n", messages.Select(Transcript.Render)));
        }

        if (found == check.Negated)
        {
            var what = check.Button ? $"a button matching [{check.Pattern}]" : $"a reply matching /{check.Pattern}/";
            var where = check.Anywhere ? "the conversation so far" : "the bot's last turn";
            var said = messages.Count == 0 ? "the bot said nothing" : where + (check.Negated ? " has one" : " has none");
            throw new ScenarioFailedException(check.Line, "reply", check.Negated ? $"expected no {what}, but {said}" : $"expected {what}, but {said}");
        }
    }

    private async Task TurnAsync(string speaker, IncomingActivity activity, string line, Posted? pressed, CancellationToken ct)
    {
        _lastSpeaker = speaker;
        _log.Add($"{speaker}: {line}");
        var result = await _harness.Bot.OnTurnAsync(activity, ct);
        var output = new List<OutgoingMessage>();
        if (result.ReplaceCard is { } replacement)
        {
            _log.Add("bot (replaces the card): " + Indent(Transcript.Render(replacement)));
            if (pressed is not null)
            {
                pressed.Message = replacement;
            }

            output.Add(replacement);
        }

        if (result.InputErrors is { Count: > 0 } errors)
        {
            var text = "Form errors: " + string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value}"));
            _log.Add("bot: " + text);
            output.Add(new OutgoingMessage(text));
        }

        var posted = Posts(activity.Conversation);
        foreach (var reply in result.Replies)
        {
            _log.Add("bot: " + Indent(Transcript.Render(reply)));
            posted.Add(new Posted(reply));
            output.Add(reply);
        }

        if (output.Count == 0)
        {
            _log.Add("bot: (says nothing)");
        }

        _lastTurn = output;
        _lastTurnOf[speaker] = output;
        _everything.AddRange(output);
    }

    private (Posted Posted, CardAction Action)? FindButton(ConversationAddress address, string title)
    {
        foreach (var posted in Enumerable.Reverse(Posts(address)))
        {
            if (title == "*")
            {
                // The newest form's submit button, whatever it is called.
                if (posted.Message.Card is { IsForm: true, ActionList: [var submit, ..] })
                {
                    return (posted, submit);
                }

                continue;
            }

            var actions = posted.Message.Card?.ActionList ?? [];
            var action = actions.FirstOrDefault(a => a.Title.Equals(title, StringComparison.OrdinalIgnoreCase))
                ?? actions.FirstOrDefault(a => a.Title.Contains(title, StringComparison.OrdinalIgnoreCase));
            if (action is not null)
            {
                return (posted, action);
            }
        }

        return null;
    }

    private string Offered(ConversationAddress address)
    {
        var titles = Posts(address).Where(p => p.Message.Card is not null).TakeLast(3).SelectMany(p => p.Message.Card!.ActionList.Select(a => $"[{a.Title}]")).ToList();
        return titles.Count == 0 ? string.Empty : $" (the latest cards offer {string.Join(" ", titles)})";
    }

    /// <summary>What a message asks: its text, title, prose, field labels and buttons, not the facts or tables it shows.</summary>
    private static string Question(OutgoingMessage message)
    {
        var text = new StringBuilder(message.Text);
        if (message.Card is { } card)
        {
            text.Append('\n').Append(card.Title);
            foreach (var block in card.Blocks)
            {
                text.Append('\n').Append(block switch
                {
                    TextBlock t => t.Text,
                    CardInput i => i.Label,
                    _ => string.Empty,
                });
            }

            text.Append('\n').Append(string.Join(" ", card.ActionList.Select(a => $"[{a.Title}]")));
        }

        return text.ToString();
    }

    private List<Posted> Posts(ConversationAddress address)
    {
        if (!_posted.TryGetValue(address.Key, out var list))
        {
            list = [];
            _posted[address.Key] = list;
        }

        return list;
    }

    private ConversationAddress Address(string speaker) => _scenario.IsGroup
        ? new ConversationAddress(ChannelId, ScenarioWorkspace.Name, "C-" + _scenario.ChannelName, IsGroup: true, Name: "#" + _scenario.ChannelName)
        : new ConversationAddress(ChannelId, ScenarioWorkspace.Name, "dm-" + speaker);

    private static UserRef User(string speaker)
    {
        var persona = Personas.Get(speaker);
        return new UserRef(persona.UserId, persona.Name);
    }

    private string TranscriptText()
    {
        var text = new StringBuilder();
        text.Append("  scenario ").Append(_scenario.Id).Append(": ").AppendLine(_scenario.Title);
        text.Append("  expects: ").AppendLine(_scenario.Expects);
        foreach (var line in _log)
        {
            text.Append("  ").AppendLine(line);
        }

        return text.ToString().TrimEnd();
    }

    private static string Indent(string text) => text.Replace("\n", "\n       ", StringComparison.Ordinal);

    private string NextId() => $"scn-{_scenario.Id}-{Interlocked.Increment(ref _activity)}";

    /// <summary>A message in a conversation; a pressed card is replaced in place, as the platforms do.</summary>
    private sealed class Posted(OutgoingMessage message)
    {
        public OutgoingMessage Message { get; set; } = message;
    }
}
