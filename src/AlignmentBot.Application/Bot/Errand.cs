using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Bot;

/// <summary>
/// "can you also book the big meeting room for thursday?", "could u order lunch for the team": asked to do something, in
/// the words of a request to a person. Said where a name, a number or a day is asked, it is never that answer (the
/// requester is not "can you also book …"): it is a request of its own, done or declined, and then the question comes back.
/// A verb that works on what is being drafted or shown ("can you make it Priya", "could you show the SLA") is not an errand:
/// the dialog, or the reader of that request, reads those.
/// </summary>
public static partial class Errand
{
    public static bool IsAsked(string text) => Asked().IsMatch(text);

    [GeneratedRegex(@"^\W*(?:(?:and|also|oh|ok|okay|hey|btw)[,\s]+)*(?:can|could|would|will)\s+(?:you|u|ya)\s+(?:(?:also|please|pls|plz|quickly|just|maybe)\s+)*(?!(?:make|change|set|put|use|skip|leave|keep|assign|give|move|switch|add|remove|drop|do|go|say|call|note|log|mark|record|tie|link|pick|choose|try|see|show|tell|remind|check|explain|help|let|update|fix|undo|save|confirm|cancel)\b)[a-z]{3,}\b\s+\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Asked();
}
