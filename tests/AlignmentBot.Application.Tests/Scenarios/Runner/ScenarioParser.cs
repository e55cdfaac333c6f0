using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Tests.Scenarios.Runner;

/// <summary>Reads the <c>.scn</c> format (docs/scenarios.md). Every problem is reported with its file and line.</summary>
public static partial class ScenarioParser
{
    private static readonly string[] Kinds = ["goal", "lead", "request", "sla", "agreement", "measurement", "digest", "person", "role-request", "admin", "goal-history", "reminder"];

    public static (IReadOnlyList<Scenario> Scenarios, IReadOnlyList<string> Errors) Parse(string text, string source)
    {
        var scenarios = new List<Scenario>();
        var errors = new List<string>();
        var area = Path.GetFileNameWithoutExtension(source);
        Builder? current = null;
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            void Error(string message) => errors.Add($"{source}:{number}: {message}");

            if (line.StartsWith("scenario ", StringComparison.Ordinal))
            {
                Finish(current, scenarios, errors);
                var header = ScenarioHeader().Match(line);
                if (!header.Success)
                {
                    Error("a scenario starts with 'scenario <id>: <title>' (id: lower-case letters, digits and dashes)");
                    current = null;
                    continue;
                }

                current = new Builder(header.Groups["id"].Value, header.Groups["title"].Value.Trim(), area, source, number);
                continue;
            }

            if (current is null)
            {
                Error("this line is outside a scenario");
                continue;
            }

            try
            {
                ParseLine(current, line, number);
            }
            catch (FormatException ex)
            {
                Error(ex.Message);
                current.HasErrors = true;
            }
        }

        Finish(current, scenarios, errors);
        return (scenarios, errors);
    }

    private static void ParseLine(Builder b, string line, int number)
    {
        if (Directive().Match(line) is { Success: true } d)
        {
            var value = d.Groups["value"].Value.Trim();
            switch (d.Groups["name"].Value)
            {
                case "persona" or "personas":
                    b.Personas.AddRange(List(value));
                    return;
                case "tags":
                    b.Tags.AddRange(List(value));
                    return;
                case "setup":
                    b.Setup = value is "demo" or "empty" ? value : throw new FormatException($"setup is 'demo' or 'empty', not '{value}'");
                    return;
                case "channel":
                    var parts = value.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    b.Channel = parts.Length > 0 && parts[0] is "dm" or "group" ? parts[0] : throw new FormatException($"channel is 'dm' or 'group <name>', not '{value}'");
                    b.ChannelName = parts.Length > 1 ? parts[1].TrimStart('#') : b.Channel == "group" ? "general" : null;
                    return;
                case "expects":
                    b.Expects.Append(b.Expects.Length > 0 ? " " : string.Empty).Append(value);
                    return;
            }
        }

        if (line.StartsWith("expect ", StringComparison.Ordinal))
        {
            b.Steps.Add(new StateCheck(number, ParseExpectation(line["expect ".Length..].Trim())));
            return;
        }

        if (line.StartsWith("wait ", StringComparison.Ordinal))
        {
            b.Steps.Add(new WaitStep(number, Duration(line["wait ".Length..].Trim())));
            return;
        }

        if (line == "restart")
        {
            b.Steps.Add(new RestartStep(number));
            return;
        }

        if (line == "baseline")
        {
            b.Steps.Add(new BaselineStep(number));
            return;
        }

        if (line.StartsWith('<'))
        {
            var anywhere = line.StartsWith("<<", StringComparison.Ordinal);
            var rest = line[(anywhere ? 2 : 1)..];
            var negated = rest.StartsWith('!');
            var pattern = rest[(negated ? 1 : 0)..].Trim();
            var button = pattern.Length > 2 && pattern[0] == '[' && pattern[^1] == ']';
            pattern = button ? pattern[1..^1] : pattern;
            Regex(pattern);
            b.Steps.Add(new ReplyCheck(number, pattern, negated, button, anywhere));
            return;
        }

        if (AnswerLine().Match(line) is { Success: true } a)
        {
            var speaker = a.Groups["speaker"].Success ? a.Groups["speaker"].Value : string.Empty;
            var question = a.Groups["question"].Value.Trim();
            Regex(question);
            var answer = new Answer(number, speaker, question, a.Groups["reply"].Value.Trim());
            if (b.Steps.Count > 0 && b.Steps[^1] is AnswersStep group)
            {
                b.Steps[^1] = group with { Answers = [.. group.Answers, answer] };
            }
            else
            {
                b.Steps.Add(new AnswersStep(number, [answer]));
            }

            return;
        }

        if (TurnLine().Match(line) is { Success: true } t)
        {
            var speaker = t.Groups["speaker"].Success ? t.Groups["speaker"].Value : string.Empty;
            b.Steps.Add(Turn(number, speaker, t.Groups["rest"].Value.Trim()));
            return;
        }

        throw new FormatException($"I can't read '{Shorten(line)}': a line is a directive (persona:, tags:, setup:, channel:, expects:), a turn (> or name>), an answer (? pattern => reply), a reply check (< or <!), expect, wait, restart or baseline");
    }

    /// <summary>A turn's content: <c>[Title] inputs</c> presses a button, <c>(added)</c> adds the bot, anything else is said.</summary>
    public static ScenarioStep Turn(int number, string speaker, string rest)
    {
        if (rest == "(added)")
        {
            return new AddedStep(number, speaker);
        }

        if (PressLine().Match(rest) is { Success: true } p)
        {
            var inputs = new List<KeyValuePair<string, string>>();
            foreach (var field in p.Groups["inputs"].Value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var eq = field.IndexOf('=', StringComparison.Ordinal);
                if (eq <= 0)
                {
                    throw new FormatException($"a form field is 'name=value', not '{field}'");
                }

                inputs.Add(new(field[..eq].Trim(), field[(eq + 1)..].Trim()));
            }

            return new PressStep(number, speaker, p.Groups["title"].Value.Trim(), inputs);
        }

        if (rest.Length == 0)
        {
            throw new FormatException("a turn needs something to say");
        }

        return new SayStep(number, speaker, rest);
    }

    public static StateExpectation ParseExpectation(string text)
    {
        var tokens = Tokenize(text);
        if (tokens is ["unchanged"])
        {
            return new StateExpectation(text, "*", true, null, "all", null, []);
        }

        if (tokens is [var k, "unchanged"])
        {
            return new StateExpectation(text, UnchangedKind(k), true, null, "all", null, []);
        }

        var at = 0;
        int? count = null;
        if (at < tokens.Count && tokens[at] == "no")
        {
            count = 0;
            at++;
        }
        else if (at < tokens.Count && int.TryParse(tokens[at], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            count = n;
            at++;
        }

        var scope = "all";
        if (at < tokens.Count && tokens[at] is "new" or "changed")
        {
            scope = tokens[at++];
        }

        if (at >= tokens.Count)
        {
            throw new FormatException($"'expect {text}' names no kind of record ({string.Join(", ", Kinds)})");
        }

        var kind = Kind(tokens[at++]);
        string? id = null;
        if (at < tokens.Count && !IsFilter(tokens[at]) && tokens[at] != "here")
        {
            if (!IsId(kind, tokens[at]))
            {
                throw new FormatException($"'{tokens[at]}' is not a check: write field=value, field~pattern, field!=value or field>=value (or name a record: goal demo:mql, lead DEMO-1286, request \"title\", person jordan)");
            }

            id = Unquote(tokens[at++]);
        }

        var filters = new List<FieldFilter>();
        for (; at < tokens.Count; at++)
        {
            if (tokens[at] == "here")
            {
                filters.Add(new FieldFilter("here", "flag", string.Empty));
                continue;
            }

            var f = FilterToken().Match(tokens[at]);
            if (!f.Success)
            {
                throw new FormatException($"'{tokens[at]}' is not a check: write field=value, field~pattern, field!=value or field>=value");
            }

            var value = Unquote(f.Groups["value"].Value);
            if (f.Groups["op"].Value is "~" or "!~")
            {
                Regex(value);
            }

            filters.Add(new FieldFilter(f.Groups["field"].Value, f.Groups["op"].Value, value));
        }

        return new StateExpectation(text, kind, false, count, scope, id, filters);
    }

    public static TimeSpan Duration(string text)
    {
        var m = DurationPattern().Match(text);
        if (!m.Success)
        {
            throw new FormatException($"a wait is a number and a unit (s, m, h, d), e.g. 'wait 31m', not '{text}'");
        }

        var amount = double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        return m.Groups["unit"].Value switch
        {
            "s" => TimeSpan.FromSeconds(amount),
            "m" => TimeSpan.FromMinutes(amount),
            "h" => TimeSpan.FromHours(amount),
            _ => TimeSpan.FromDays(amount),
        };
    }

    private static string Kind(string word)
    {
        var w = word.ToLowerInvariant();
        var singular = w switch
        {
            "people" => "person",
            "goal-history" => w,
            _ when w.EndsWith('s') && Kinds.Contains(w[..^1]) => w[..^1],
            _ => w,
        };
        return Kinds.Contains(singular) ? singular : throw new FormatException($"'{word}' is not a kind of record; use one of {string.Join(", ", Kinds)}");
    }

    /// <summary>
    /// The kind an "X unchanged" compares: the agreement is the SLA record, and a kind the snapshot does not keep (reminders,
    /// role requests) is refused when the file is read rather than failing the scenario when it runs.
    /// </summary>
    private static string UnchangedKind(string word)
    {
        var kind = Kind(word);
        kind = kind == "agreement" ? "sla" : kind;
        return StateSnapshot.ComparableKinds.Contains(kind)
            ? kind
            : throw new FormatException($"'{word} unchanged' can't be compared; use one of {string.Join(", ", StateSnapshot.ComparableKinds)}, or check a field");
    }

    private static bool IsFilter(string token) => FilterToken().IsMatch(token);

    private static bool IsId(string kind, string token) => kind switch
    {
        "goal" or "goal-history" => token.StartsWith("demo:", StringComparison.Ordinal) || Guid.TryParse(token, out _),
        "lead" => token.Any(char.IsDigit),
        "request" => token.StartsWith('"'),
        "person" or "role-request" or "admin" or "reminder" => Personas.Find(token) is not null,
        _ => false,
    };

    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var token = new StringBuilder();
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
                token.Append(c);
            }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                if (token.Length > 0)
                {
                    tokens.Add(token.ToString());
                    token.Clear();
                }
            }
            else
            {
                token.Append(c);
            }
        }

        if (quoted)
        {
            throw new FormatException($"an opening quote is not closed in '{text}'");
        }

        if (token.Length > 0)
        {
            tokens.Add(token.ToString());
        }

        return tokens;
    }

    private static string Unquote(string value) => value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value;

    private static IEnumerable<string> List(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static void Regex(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.IgnoreCase);
        }
        catch (ArgumentException ex)
        {
            throw new FormatException($"'{pattern}' is not a valid pattern: {ex.Message}");
        }
    }

    private static string Shorten(string line) => line.Length > 60 ? line[..60] + "…" : line;

    private static void Finish(Builder? b, List<Scenario> scenarios, List<string> errors)
    {
        if (b is null)
        {
            return;
        }

        if (b.HasErrors)
        {
            // Its lines' errors are reported; a scenario that cannot be read whole is not run.
            return;
        }

        var at = $"{b.Source}:{b.Line}: scenario {b.Id}";
        var problems = new List<string>();
        if (b.Personas.Count == 0)
        {
            problems.Add("names no persona");
        }

        foreach (var p in b.Personas.Where(p => Personas.Find(p) is null))
        {
            problems.Add($"names an unknown persona '{p}' (known: {string.Join(", ", Personas.Cast.Select(c => c.Key))})");
        }

        if (b.Expects.Length == 0)
        {
            problems.Add("has no 'expects:' line saying what the person expects");
        }

        if (!b.Steps.Any(s => s is SayStep or PressStep or AddedStep or AnswersStep))
        {
            problems.Add("has no turn");
        }

        if (!b.Steps.Any(s => s is ReplyCheck or StateCheck))
        {
            problems.Add("checks nothing");
        }

        var speakers = b.Steps.SelectMany(s => s switch
        {
            SayStep say => [say.Speaker],
            PressStep press => [press.Speaker],
            AddedStep added => [added.Speaker],
            AnswersStep answers => answers.Answers.Select(a => a.Speaker),
            _ => [],
        });
        foreach (var speaker in speakers.Where(s => s.Length > 0 && !b.Personas.Contains(s, StringComparer.OrdinalIgnoreCase)).Distinct())
        {
            problems.Add($"lets '{speaker}' speak without listing them under persona:");
        }

        if (problems.Count > 0)
        {
            errors.AddRange(problems.Select(p => $"{at} {p}"));
            return;
        }

        var personas = b.Personas.Select(p => p.ToLowerInvariant()).ToList();
        var steps = b.Steps.Select(s => s switch
        {
            SayStep say when say.Speaker.Length == 0 => say with { Speaker = personas[0] },
            PressStep press when press.Speaker.Length == 0 => press with { Speaker = personas[0] },
            AddedStep added when added.Speaker.Length == 0 => added with { Speaker = personas[0] },
            AnswersStep answers => answers with { Answers = answers.Answers.Select(a => a.Speaker.Length == 0 ? a with { Speaker = personas[0] } : a).ToList() },
            _ => s,
        }).ToList();
        scenarios.Add(new Scenario(b.Id, b.Title, b.Area, personas, b.Tags, b.Setup, b.Channel, b.ChannelName, b.Expects.ToString(), steps, b.Source, b.Line));
    }

    private sealed class Builder(string id, string title, string area, string source, int line)
    {
        public string Id { get; } = id;

        public string Title { get; } = title;

        public string Area { get; } = area;

        public string Source { get; } = source;

        public int Line { get; } = line;

        public List<string> Personas { get; } = [];

        public List<string> Tags { get; } = [];

        public string Setup { get; set; } = "demo";

        public string Channel { get; set; } = "dm";

        public string? ChannelName { get; set; }

        public StringBuilder Expects { get; } = new();

        public List<ScenarioStep> Steps { get; } = [];

        public bool HasErrors { get; set; }
    }

    [GeneratedRegex(@"^scenario (?<id>[a-z0-9][a-z0-9-]*):\s*(?<title>\S.*)$")]
    private static partial Regex ScenarioHeader();

    [GeneratedRegex(@"^(?<name>persona|personas|tags|setup|channel|expects):(?<value>.*)$")]
    private static partial Regex Directive();

    [GeneratedRegex(@"^(?<speaker>[a-z][a-z0-9]*)?\?\s*(?<question>.+?)\s*=>\s*(?<reply>.+)$")]
    private static partial Regex AnswerLine();

    [GeneratedRegex(@"^(?<speaker>[a-z][a-z0-9]*)?>(?<rest>.*)$")]
    private static partial Regex TurnLine();

    [GeneratedRegex(@"^\[(?<title>[^\]]+)\](?<inputs>.*)$")]
    private static partial Regex PressLine();

    [GeneratedRegex(@"^(?<field>[a-z][a-z0-9-]*)(?<op>!=|!~|>=|<=|=|~|>|<)(?<value>.*)$")]
    private static partial Regex FilterToken();

    [GeneratedRegex(@"^(?<n>\d+(\.\d+)?)\s*(?<unit>s|m|h|d)$")]
    private static partial Regex DurationPattern();
}
