using System.Globalization;
using System.Text.RegularExpressions;
using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Ports;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.People;

/// <summary>
/// Turns what names a person into exactly one person of the workspace: a platform mention (Slack "&lt;@U123&gt;", a Teams
/// mention entity), a people picker's user id, "me", or a name ("Priya", "Priya Natarajan", "the CEO"). Used by the goal
/// owner question, the requester of a request, and the role and admin commands; a sentence reader ("…by end of Q3, Priya
/// owns it") finds the phrase with <see cref="OwnerPhrase"/> and calls <see cref="ResolveAsync"/>.
/// </summary>
public sealed partial class PersonResolver(IWorkspaceStore workspaces, IEnumerable<IPlatformDirectory> directories)
{
    /// <summary>Prefix of a choice value that names a person by user id ("person:U123"), as the "which Priya?" buttons do.</summary>
    public const string IdPrefix = "person:";

    private readonly Dictionary<string, IPlatformDirectory> _directories = directories.GroupBy(d => d.ChannelId, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Who <paramref name="phrase"/> names. A mention in this turn that appears in the phrase wins; then an exact id of the
    /// workspace; then "me"; then names, where a full match beats a first-name match.
    /// </summary>
    public async Task<PersonMatch> ResolveAsync(TurnScope scope, string phrase, IReadOnlyList<UserMention>? mentions, CancellationToken cancellationToken)
    {
        var text = phrase.Trim().Trim('@', ',', '.', ':', ';', '!', '?', '"').Trim();
        if (mentions?.FirstOrDefault(m => phrase.Contains(m.Text, StringComparison.Ordinal)) is { } mention)
        {
            return await ByIdAsync(scope, mention.Id, mention.Name, mention.AddressId, phrase, cancellationToken);
        }

        if (text.StartsWith(IdPrefix, StringComparison.Ordinal))
        {
            return await ByIdAsync(scope, text[IdPrefix.Length..], null, null, phrase, cancellationToken, lookUp: false);
        }

        if (IsSelf(text))
        {
            return PersonMatch.Found(phrase, scope.Person);
        }

        var people = await workspaces.ListPeopleAsync(scope.Workspace.Id, cancellationToken);
        if (people.FirstOrDefault(p => p.UserId == text || p.AddressId == text) is { } byId)
        {
            return PersonMatch.Found(phrase, byId);
        }

        var wanted = Words(text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? text[4..] : text);
        if (wanted.Length == 0)
        {
            return PersonMatch.NotFound(phrase);
        }

        var exact = people.Where(p => Words(BareName(p.DisplayName)).SequenceEqual(wanted) || Words(p.DisplayName).SequenceEqual(wanted)).ToArray();
        var matches = exact.Length > 0 ? exact : people.Where(p => wanted.All(w => Words(p.DisplayName).Contains(w))).ToArray();
        return matches.Length switch
        {
            1 => PersonMatch.Found(phrase, matches[0]),
            0 => PersonMatch.NotFound(phrase),
            _ => PersonMatch.Ambiguous(phrase, matches.OrderBy(p => p.DisplayName, StringComparer.OrdinalIgnoreCase).ToArray()),
        };
    }

    /// <summary>
    /// The people a name nobody has could be a typo of: one word of three letters or more that is one slip (a letter left out,
    /// added, swapped with the next or mistyped) from someone's first name of four letters or more, with the same first letter
    /// ("alx" for Alex, "priay" for Priya). Only to ask "Did you mean …?", never to pick someone without asking.
    /// </summary>
    public async Task<IReadOnlyList<Person>> NearlyNamedAsync(TurnScope scope, string phrase, CancellationToken cancellationToken)
    {
        var wanted = Words(phrase.Trim().Trim('@', ',', '.', ':', ';', '!', '?', '"'));
        if (wanted.Length != 1 || wanted[0].Length < 3 || !wanted[0].All(char.IsLetter))
        {
            return [];
        }

        var people = await workspaces.ListPeopleAsync(scope.Workspace.Id, cancellationToken);
        return people.Where(p => Words(BareName(p.DisplayName)).FirstOrDefault() is { Length: >= 4 } first
                && first[0] == wanted[0][0] && OneSlip(wanted[0], first))
            .OrderBy(p => p.DisplayName, StringComparer.OrdinalIgnoreCase).ToArray();
    }

    /// <summary>"Did you mean Alex Kim as the owner?" for the people a typed name nearly is, with what they would be.</summary>
    public static string DidYouMean(IReadOnlyList<Person> near, string asWhat) => $"Did you mean {string.Join(" or ", near.Select(p => BareName(p.DisplayName)))} {asWhat}?";

    /// <summary>The near names as buttons; a single one also answers to "yes".</summary>
    public static IReadOnlyList<PromptChoice> NearChoices(IReadOnlyList<Person> near)
        => near.Count == 1
            ? [new PromptChoice(Label(near[0]), IdPrefix + near[0].UserId, [near[0].DisplayName, BareName(near[0].DisplayName), Words(BareName(near[0].DisplayName))[0], "yes", "yep", "yeah", "yes please", "that's them", "correct"])]
            : Choices(near);

    /// <summary>Whether two different words are one letter left out, added, mistyped or two neighbours swapped apart.</summary>
    private static bool OneSlip(string a, string b)
    {
        if (a == b || Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        if (a.Length == b.Length)
        {
            var diffs = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToArray();
            return diffs.Length == 1 || (diffs.Length == 2 && diffs[1] == diffs[0] + 1 && a[diffs[0]] == b[diffs[1]] && a[diffs[1]] == b[diffs[0]]);
        }

        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        for (var i = 0; i < longer.Length; i++)
        {
            if (string.Equals(longer.Remove(i, 1), shorter, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The workspace's people as a picker's known choices (value = user id), for channels without a directory of their own.</summary>
    public async Task<IReadOnlyList<Conversations.Cards.Choice>> KnownAsync(TurnScope scope, CancellationToken cancellationToken)
        => (await workspaces.ListPeopleAsync(scope.Workspace.Id, cancellationToken)).OrderBy(p => p.DisplayName, StringComparer.OrdinalIgnoreCase).Take(25)
            .Select(p => new Conversations.Cards.Choice(p.DisplayName, p.UserId)).ToArray();

    /// <summary>A people picker's value (a user id) or whatever was typed in its place.</summary>
    public Task<PersonMatch> ResolvePickedAsync(TurnScope scope, string value, CancellationToken cancellationToken)
        => ResolveAsync(scope, value, [], cancellationToken);

    /// <summary>"Which Priya?" as buttons: each answers with <see cref="IdPrefix"/> and the person's id.</summary>
    public static IReadOnlyList<PromptChoice> Choices(IReadOnlyList<Person> candidates)
        => candidates.Select(p => new PromptChoice(Label(p), IdPrefix + p.UserId, [p.DisplayName])).ToArray();

    /// <summary>"Priya Natarajan (marketer)".</summary>
    public static string Label(Person person)
        => person.Role is { } role && !person.DisplayName.Contains('(', StringComparison.Ordinal) ? $"{person.DisplayName} ({Roles.Noun(role)})" : person.DisplayName;

    /// <summary>"Which Priya?" from the phrase that matched several people.</summary>
    /// <summary>
    /// The person an answer to "who …?" names: what follows a change of mind ("Alex, no wait, me"), up to the first clause
    /// break, so "Sam, he needs it by Dec 12" is Sam and the rest is left to the other readers.
    /// </summary>
    public static string NameSaid(string answer)
        => (Conversations.Understanding.SelfCorrection.Tail(answer) ?? answer).Split([',', ';', '.', '!'], 2)[0].Trim();

    public static string WhichQuestion(PersonMatch match) => $"Which {FirstWord(match.Phrase)}?";

    /// <summary>
    /// The person answering names themselves: "me", "mine", "I do", and with the words around a change of mind or a shrug
    /// ("me then", "ok me", "fine, me I guess", "I'll take it then", "put me down", "make it me").
    /// </summary>
    public static bool IsSelf(string answer) => Self().IsMatch(answer.Trim());

    [GeneratedRegex(@"^(?:(?:ok|okay|fine|well|so|then|actually|just|alright|right|sure|oh|ah|hmm+|um+|uh+|no|nah|wait|in\s+that\s+case|of\s+course|obviously|naturally)[,.!\s]+)*(?:me|myself|i|i\s+do|i\s+will|mine|it'?s\s+me|make\s+it\s+me|put\s+me(?:\s+down)?|assign\s+(?:it\s+)?to\s+me|give\s+it\s+to\s+me|let'?s\s+say\s+me|i'?ll\s+(?:take|own|do|have|handle|keep)\s+it(?:\s+on)?|i\s+(?:can|will)\s+(?:take|own|do|handle)\s+it)(?:[,.!\s]+(?:then|i\s+guess|i\s+suppose|i\s+think|for\s+now|please|pls|instead|after\s+all|myself|of\s+course|obviously|obvs|naturally|duh|definitely|for\s+sure|surely))*[.!]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Self();

    /// <summary>What to say when nobody matched, with how to name someone the bot has not met.</summary>
    public static string NotFoundMessage(PersonMatch match)
        => $"I don't know anyone called {match.Phrase.Trim()} here yet. Mention them (@name) or pick them, or ask them to say hello to me first.";

    /// <summary>The phrase after "owner:" or before "owns it" in a sentence ("…by end of Q3, Priya owns it"), if any.</summary>
    public static string? OwnerPhrase(string text)
    {
        var m = OwnerPattern().Match(text);
        return m.Success ? m.Groups["who"].Value.Trim() : null;
    }

    private async Task<PersonMatch> ByIdAsync(TurnScope scope, string id, string? name, string? addressId, string phrase, CancellationToken ct, bool lookUp = true)
    {
        if (id == scope.Person.UserId)
        {
            return PersonMatch.Found(phrase, scope.Person);
        }

        var people = await workspaces.ListPeopleAsync(scope.Workspace.Id, ct);
        if (people.FirstOrDefault(p => p.UserId == id || (p.AddressId is not null && (p.AddressId == id || p.AddressId == addressId))) is { } known)
        {
            return PersonMatch.Found(phrase, known);
        }

        if (!lookUp)
        {
            return PersonMatch.NotFound(phrase);
        }

        // Mentioned but never met: the platform vouches for them; they join the workspace's people with no role.
        var found = _directories.TryGetValue(scope.Address.ChannelId, out var directory) ? await directory.FindAsync(scope.Workspace.Id.Value, id, ct) : null;
        if (found is { Standing: not UserStanding.Member })
        {
            return PersonMatch.NotFound(phrase);
        }

        var display = found?.Name ?? name;
        if (string.IsNullOrWhiteSpace(display))
        {
            return PersonMatch.NotFound(phrase);
        }

        var person = new Person(scope.Workspace.Id, id, display, TimeZone: found?.TimeZone) { AddressId = found?.AddressId ?? addressId };
        await workspaces.SavePersonAsync(person, ct);
        return PersonMatch.Found(phrase, person);
    }

    private static string BareName(string displayName) => Parenthesis().Replace(displayName, string.Empty).Trim();

    private static string[] Words(string text)
        => text.ToLower(CultureInfo.InvariantCulture).Split([' ', '(', ')', ',', '.', '-', '\'', '’'], StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("'s" or "s")).ToArray();

    private static string FirstWord(string phrase) => phrase.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? phrase;

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Parenthesis();

    [GeneratedRegex(@"\bowner\s*(is|:|=)\s*(?<who><[^>]+>|@?[\p{L}][\p{L}'.-]*(\s+[\p{Lu}][\p{L}'.-]*)?)|(?<who><[^>]+>(?:[^<]*</at>)?|@?[\p{Lu}][\p{L}'.-]*(\s+[\p{Lu}][\p{L}'.-]*)?)\s+(owns|will own|is the owner of|is responsible for)\s+(it|this|that|the goal)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OwnerPattern();
}
