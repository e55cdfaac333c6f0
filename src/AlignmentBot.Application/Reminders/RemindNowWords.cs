using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Reminders;

/// <summary>
/// Someone asking the bot to chase another person about a goal now, in the many ways people say it: "get on to Marco about
/// his MQL numbers now please", "chase up Sam on sales cycle", "give Sam a shout about the follow-up goal", "a quick nudge
/// to Priya about CPL", "can you get Marco to update his MQL numbers", "follow up with Priya about her CPL numbers". Three
/// cues in order: a verb of chasing (or a nudge given or sent), the person (a name or mention, never "me", "us" or "the"),
/// and the goal after "about", "on", "re", "for" or "to update/send/put in"; "now", "asap" or "today" may sit anywhere.
/// A question ("did you remind Marco…?", "should we chase Sam…?"), a refusal ("stop reminding Priya", "don't chase Sam")
/// or the speaker's own reminders ("remind me about …") is not one. Built against <c>Paraphrases/remind-now.*.txt</c>.
/// </summary>
public static partial class RemindNowWords
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Who to chase (their name or mention as said) and the goal's words ("mql", "cost per lead"), or null.</summary>
    public static (string Who, string Goal)? Read(string? text)
    {
        if (Asked(text) is not { } t || Chase().Match(t) is not { Success: true } m)
        {
            return null;
        }

        var goal = GoalWords(m.Groups["goal"].Value);
        return goal.Length == 0 ? null : (m.Groups["who"].Value.TrimStart('@'), goal);
    }

    /// <summary>
    /// One or more people chased in one message, with the goal's words or none: "remind Sam and Marco about their numbers now",
    /// "nudge Sam, Marco and Priya about their check-ins today", "can you remind Priya Natarajan about cpl now". The goal is
    /// empty when only "their numbers" was said (each person's own goals). The same cues as <see cref="Read"/>: a question, a
    /// refusal, "me" or "us" among the people, or no "now" and no numbers is not one. Built against <c>Paraphrases/remind-now-people.*.txt</c>.
    /// </summary>
    public static (IReadOnlyList<string> Who, string Goal)? ReadPeople(string? text)
    {
        if (Asked(text) is not { } t || ChasePeople().Match(t) is not { Success: true } m)
        {
            return null;
        }

        var people = m.Groups["who"].Captures.Select(c => c.Value.TrimStart('@').Trim()).Where(w => w.Length > 0).ToArray();
        if (people.Length == 0 || people.Any(p => NotAName().IsMatch(p)))
        {
            return null;
        }

        return (people, GoalWords(m.Groups["goal"].Value));
    }

    /// <summary>
    /// The message as both readers match it, or null when it asks no chase: without its opening and its time words ("ping
    /// Priya now about cost per lead": they may come before the goal), asked for now or for numbers ("tell Sam about the
    /// offsite" is news to pass on), not a question and not a refusal.
    /// </summary>
    private static string? Asked(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return null;
        }

        var t = Opening().Replace(Spaces().Replace(text.Replace('’', '\''), " ").Trim(), string.Empty);
        return Question().IsMatch(t) || Refusal().IsMatch(t) || !(Urgent().IsMatch(t) || Numbers().IsMatch(t))
            ? null
            : Spaces().Replace(When().Replace(t, " "), " ").Trim();
    }

    /// <summary>
    /// A chase said with the name alone, right after seeing who is behind: "ok nudge priya then", "chase Sam", "ping @marco
    /// pls". Only the verb of chasing, the person and small words (then, too, pls, now); each goal the person owns is meant, as
    /// with "their numbers". A pronoun, "me" or "everyone" is no one named.
    /// </summary>
    public static string? ReadBare(string? text)
        => string.IsNullOrWhiteSpace(text) || text.Length > 80 || BareChase().Match(text.Trim().Replace('’', '\'')) is not { Success: true } m
            ? null
            : m.Groups["who"].Value.TrimStart('@');

    [GeneratedRegex(@"^(?:(?:ok|okay|so|then|alright|right|fine|yes|yeah|yep|cool|great)[\s,!.]+)*(?:(?:pls|please|can\s+you|could\s+you|just|go)\s+)*(?:nudge|chase(?:\s+up)?|ping|poke|prod|remind)\s+"
        + @"(?<who>(?!(?:me|us|everyone|everybody|them|him|her|it|this|that|the|all|up|later|again|tomorrow|today|soon|daily|weekly|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|days)?)\b)(?:<@[A-Za-z0-9]+(?:\|[^>]*)?>|@?[\p{L}][\p{L}'.-]*))"
        + @"(?:[\s,]+(?:then|too|as\s+well|pls|please|now|asap|for\s+me|today))*[\s.!]*$", Options)]
    private static partial Regex BareChase();

    /// <summary>"sam+marco|*", as the people table writes it: '*' when no goal was named.</summary>
    public static string? DescribePeople(string? text)
        => ReadPeople(text) is { } r ? $"{string.Join('+', r.Who.Select(w => w.ToLowerInvariant()))}|{(r.Goal.Length == 0 ? "*" : r.Goal)}"
            : ReadBare(text) is { } bare ? $"{bare.ToLowerInvariant()}|*" : null;

    /// <summary>"priya|cpl", as the paraphrase table writes it.</summary>
    public static string? Describe(string? text) => Read(text) is { } r ? $"{r.Who.ToLowerInvariant()}|{r.Goal}" : null;

    /// <summary>The goal's own words: up to the first comma or question mark, without "the/his/her" before and "numbers/goal" after.</summary>
    private static string GoalWords(string said)
    {
        var g = said.Split([',', '?', '!', ';', '('], 2)[0].Trim().TrimEnd('.').Trim();
        g = GoalDeterminer().Replace(g, string.Empty);
        g = GoalTail().Replace(g, string.Empty).Trim();
        return g.ToLowerInvariant();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\b(?:now|asap|today|right\s+away|straight\s+away)\b", Options)]
    private static partial Regex Urgent();

    [GeneratedRegex(@"\b(?:numbers?|figures?|stats|metrics?|check[\s-]?ins?|goal)\b", Options)]
    private static partial Regex Numbers();

    /// <summary>What comes before the ask: a greeting to the bot, politeness, "need you to", "go and".</summary>
    [GeneratedRegex(@"^(?:(?:hey|hi|hello|yo|ok|okay|so|ugh|argh|sigh|jeez|omg|right|alright)(?:\s+(?:bot|alignmentbot|there))?[\s,!.:-]+|(?:please|pls|plz|kindly)[\s,]+|(?:can|could|would|will)\s+(?:you|u|ya)(?:\s+(?:please|pls))?\s+|(?:i\s+)?need\s+you\s+to\s+|(?:go\s+and|go)\s+(?=chase|nudge|ping|remind|poke|prod|bug|get)|just\s+)*", Options)]
    private static partial Regex Opening();

    [GeneratedRegex(@"^(?:did|do|does|should|shall|is|are|was|were|who|whom|what|when|why|how|has|have|had|(?:can|could|will|would|may)\s+(?!you\b|u\b|ya\b)\w+)\b", Options)]
    private static partial Regex Question();

    [GeneratedRegex(@"\b(?:stop|quit|don'?t|do\s+not|never|no\s+more|no\s+need)\b", Options)]
    private static partial Regex Refusal();

    /// <summary>"now", "right now", "asap", "today", "right away", "please": when, not what.</summary>
    [GeneratedRegex(@"(?<=^|[\s,])(?:right\s+now|now|asap|today|right\s+away|straight\s+away|please|pls|plz|🙏)(?=$|[\s,.!?])", Options)]
    private static partial Regex When();

    /// <summary>A person's name as said: a Slack mention, "@Priya", "Priya", "Priya Shah"; never a pronoun or an article.</summary>
    private const string Who = @"(?<who>(?!(?:me|us|everyone|everybody|the|a|an|it|this|that|them|him|her|next|up|after|with|to|on)\b)(?:<@[A-Za-z0-9]+(?:\|[^>]*)?>|@?[\p{L}][\p{L}'.-]*))";

    private const string About = @"(?:about|on|re:?|regarding|for|over|to\s+(?:update|send(?:\s+in)?|put\s+in|share|enter|log|post|give\s+us|fill\s+in))";

    [GeneratedRegex(@"^(?:"
        + @"(?:remind|nudge|ping|chase(?:\s+up)?|poke|prod|hassle|hound|bug|kick|ask|tell|get|get\s+on(?:\s+to|to)|get\s+after|follow\s+up\s+with|reach\s+out\s+to|check\s+in\s+with)\s+" + Who
        + @"|(?:give|send|shoot|drop)\s+" + Who + @"\s+(?:a\s+|an\s+)?(?:quick\s+|little\s+|gentle\s+|friendly\s+)?(?:nudge|ping|reminder|poke|prod|shout|line|message)"
        + @"|(?:a\s+|an\s+)?(?:quick\s+|little\s+|gentle\s+|friendly\s+)?(?:nudge|ping|reminder|poke|prod|shout)\s+(?:to|for)\s+" + Who
        + @")\s+" + About + @"\s+(?<goal>.+)$", Options)]
    private static partial Regex Chase();

    /// <summary>A person among several: a mention or a name of one or two words ("Priya Natarajan"), never a pronoun or a joining word.</summary>
    private const string OnePerson = @"(?<who>(?!(?:me|us|myself|everyone|everybody|the|a|an|it|this|that|them|him|her|next|up|after|with|to|on|and|both)\b)(?:<@[A-Za-z0-9]+(?:\|[^>]*)?>|@?[\p{L}][\p{L}'.-]*(?:\s+(?!(?:and|about|on|re|regarding|for|over|to|a|an|up|me|us|both)\b)[\p{L}][\p{L}'.-]*)?))";

    private const string People = @"(?:both\s+)?" + OnePerson + @"(?:(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&|\+)\s+)" + OnePerson + @")*";

    [GeneratedRegex(@"^(?:"
        + @"(?:remind|nudge|ping|chase(?:\s+up)?|poke|prod|hassle|hound|bug|kick|ask|get|get\s+on(?:\s+to|to)|get\s+after|follow\s+up\s+with|reach\s+out\s+to|check\s+in\s+with)\s+" + People
        + @"|(?:give|send|shoot|drop)\s+" + People + @"\s+(?:a\s+|an\s+)?(?:quick\s+|little\s+|gentle\s+|friendly\s+)?(?:nudge|ping|reminder|poke|prod|shout|line|message)s?"
        + @")\s+" + About + @"\s+(?<goal>.+)$", Options)]
    private static partial Regex ChasePeople();

    /// <summary>Words that are never a colleague's name, though they stand where one does.</summary>
    // "send my check-in reminders on wednesdays at 2pm" is the speaker's own schedule: "my …" or a word of the reminders
    // themselves stands where a name would, and is none.
    [GeneratedRegex(@"^(?:me|us|myself|everyone|everybody|team|all|you)$|^(?:my|our|your|the|a|an|this|that|these|those)\b|\b(?:reminders?|check[\s-]?ins?|numbers?|nudges?|pings?)\b", Options)]
    private static partial Regex NotAName();

    [GeneratedRegex(@"^(?:(?:the|his|her|their|its|our|my)\s+)+", Options)]
    private static partial Regex GoalDeterminer();

    // "their numbers" is no goal at all: the tail may be all there is.
    [GeneratedRegex(@"(?:(?:^|\s+)(?:numbers?|nums|figures?|goals?|stats|metrics?|update|check[\s-]?ins?|again))+$", Options)]
    private static partial Regex GoalTail();
}
