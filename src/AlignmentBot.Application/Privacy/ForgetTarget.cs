using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Privacy;

/// <summary>Whom a "forget" message is about: the speaker, someone named or mentioned, or nobody clearly.</summary>
/// <param name="Who">For someone else: a platform user id (from a Slack mention) or a name (Teams mention, "@Priya", "Priya").</param>
/// <param name="IsUserId">True when <paramref name="Who"/> came from a mention that carries the id itself.</param>
public sealed partial record ForgetTarget(bool Self, string? Who, bool IsUserId)
{
    public static ForgetTarget? Parse(string text)
    {
        var t = text.Trim().TrimEnd('.', '!', '?');
        if (Me().IsMatch(t))
        {
            return new ForgetTarget(true, null, false);
        }

        if (Other().Match(t) is not { Success: true } other)
        {
            return null;
        }

        var who = other.Groups["who"].Value.Trim();
        if (SlackMention().Match(who) is { Success: true } slack)
        {
            return new ForgetTarget(false, slack.Groups["id"].Value, true);
        }

        if (TeamsMention().Match(who) is { Success: true } teams)
        {
            return new ForgetTarget(false, teams.Groups["name"].Value.Trim(), false);
        }

        who = who.TrimStart('@').Trim();
        return who.Length == 0 || NotAPerson().IsMatch(who) ? null : new ForgetTarget(false, who, false);
    }

    [GeneratedRegex(@"^(please\s+)?(" +
        @"(forget|erase)\s+(me|myself)" +
        @"|(forget|erase|delete|remove|wipe)\s+(all\s+(of\s+)?)?my\s+(personal\s+)?(data|details|info|information|profile)" +
        @"|(forget|erase|delete|remove|wipe)\s+(everything|all)\s+(you\s+(know|have|hold|store|keep)\s+)?(about|on|of)\s+me" +
        @"|forget\s+(all\s+)?about\s+me" +
        @"|.*right\s+to\s+be\s+forgotten.*" +
        @"|.*\bgdpr\b.*\b(delete|deletion|erase|erasure)\b.*" +
        @")(\s+please)?(\s+now)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Me();

    [GeneratedRegex(@"^(please\s+)?(forget|erase|delete\s+(all\s+)?(the\s+)?(personal\s+)?data\s+(of|about|for)|remove\s+(all\s+)?(the\s+)?(personal\s+)?data\s+(of|about|for))\s+(all\s+about\s+|everything\s+about\s+|about\s+)?(?<who>.+)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Other();

    [GeneratedRegex(@"^<@(?<id>[A-Z0-9]+)(\|[^>]*)?>$", RegexOptions.CultureInvariant)]
    private static partial Regex SlackMention();

    [GeneratedRegex(@"^<at>(?<name>[^<]+)</at>$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TeamsMention();

    // "forget it", "forget that", "forget about it": a change of mind, not a person.
    [GeneratedRegex(@"^(it|that|this|those|them|this one|that one|everything|all|all of it|about it|the rest|what i said|my last message|the goal|the digest|the request)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAPerson();
}
