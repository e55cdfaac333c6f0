using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Digests;

/// <summary>Which audience a digest request means, from the words, the channel's name or the person's role.</summary>
public static class DigestAudiences
{
    public static bool TryParse(string? text, out Audience audience)
    {
        var t = " " + (text ?? string.Empty).ToLowerInvariant().Replace('#', ' ').Replace('-', ' ').Replace('_', ' ') + " ";
        (string[] Words, Audience Audience)[] rules =
        [
            ([" leadership ", " leaders ", " exec ", " execs ", " executive ", " executives ", " board ", " management ", " ceo ", " c suite ", " founders "], Audience.Leadership),
            ([" marketing ", " marketers ", " mktg ", " demand gen ", " growth "], Audience.Marketing),
            ([" sales ", " revenue team ", " sdr ", " sdrs ", " bdr ", " account executives ", " reps "], Audience.Sales),
        ];
        foreach (var (words, candidate) in rules)
        {
            if (words.Any(w => t.Contains(w, StringComparison.Ordinal)))
            {
                audience = candidate;
                return true;
            }
        }

        audience = default;
        return false;
    }

    /// <summary>The request's own words first, then the channel's name ("#sales"), then the person's role.</summary>
    public static Audience? Guess(string? text, string? channelName, Role? role)
    {
        if (TryParse(text, out var fromText) || TryParse(channelName, out fromText))
        {
            return fromText;
        }

        return role is { } r ? Roles.FunctionOf(r) switch
        {
            Function.Leadership => Audience.Leadership,
            Function.Marketing => Audience.Marketing,
            _ => Audience.Sales,
        } : null;
    }

    /// <summary>"leadership", "marketing", "sales".</summary>
    public static string Noun(Audience audience) => audience switch
    {
        Audience.Leadership => "leadership",
        Audience.Marketing => "marketing",
        Audience.Sales => "sales",
        _ => audience.ToString().ToLowerInvariant(),
    };

    public static bool IsDigestAudience(Audience audience) => audience is Audience.Leadership or Audience.Marketing or Audience.Sales;
}
