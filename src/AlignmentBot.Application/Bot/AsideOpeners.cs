using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Bot;

/// <summary>
/// The words that announce a side trip ("btw", "oh and", "hang on", "before that", "quick q"): they say the message is
/// about something else, and nothing about what ("hold up" too). A side trip is read, and handled, without them, so "hang on, accept
/// 1296 first" is read as "accept 1296 first" would be.
/// </summary>
public static partial class AsideOpeners
{
    public static string Strip(string text)
    {
        var bare = Opener().Replace(text, string.Empty).Trim();
        return bare.Length > 0 ? bare : text;
    }

    /// <summary>
    /// "hi! can you make me an admin?", "hey - can I get admin rights": a greeting before a command is no part of it. A
    /// message that is only a greeting is kept as it is.
    /// </summary>
    public static string WithoutGreeting(string text)
    {
        var bare = GreetingOpener().Replace(text, string.Empty).Trim();
        return bare.Length > 0 ? bare : text;
    }

    [GeneratedRegex(@"^\W*(?:hi|hello|hey|hiya|howdy|yo|good\s+(?:morning|afternoon|evening))(?:\s+(?:there|all|team|bot))?(?:[\s,.:;!—–-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GreetingOpener();

    [GeneratedRegex(@"^\W*(?:(?:btw|by\s+the\s+way|oh|ah|and|also|quick\s+q(?:uestion)?|before\s+that|before\s+i\s+answer|hang\s+on|hold\s+on|hold\s+up|wait|one\s+sec|sec|hmm+|um+|erm*|ok|okay|so|first)(?:[\s,.:;!—–-]+|$))+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Opener();
}
