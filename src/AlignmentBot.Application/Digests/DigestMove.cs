using System.Globalization;
using System.Text.RegularExpressions;

namespace AlignmentBot.Application.Digests;

/// <summary>
/// A digest already set up, moved in words: "move it to half ten", "could we make that tuesdays at ten instead?", "make it
/// 8:30 actually", "sorry, wednesday instead", "can we move the weekly summary to fridays, same time". Two cues: a new
/// weekday and/or clock time (read as <see cref="DigestWhenWords"/> reads them, so "half eight", "quarter to eight" and
/// "at ten" are times and a bare figure such as "260" is not), and a word that moves something (move, push, shift, make
/// it, change, instead, rather, better, "no wait"). The digest named with a day is not enough: "could the digest go out on
/// Fridays?" asks what is possible (questions-018). What the message leaves out stays as it was. A
/// question about the schedule, a stop or a negation, or another thing named (a deadline, a target, a reminder) is not a
/// move. Read right after a digest is set up or moved, and in a channel whose digest someone else set up. Built against
/// <c>Paraphrases/digest-move.*.txt</c>.
/// </summary>
public static partial class DigestMove
{
    /// <summary>The new day and time (null for the part that stays), or null when the text does not move a digest.</summary>
    public static (DayOfWeek? Day, TimeOnly? Time)? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 160 || Asked().IsMatch(text) || Stopped().IsMatch(text) || OtherThing().IsMatch(text)
            || !MoveWord().IsMatch(text))
        {
            return null;
        }

        var day = DigestWhenWords.DayIn(text);
        var time = DigestWhenWords.TimeIn(text);
        return day is null && time is null ? null : (day, time);
    }

    /// <summary>"tuesday 10:00", "same 10:30", "wednesday same", as the paraphrase table writes it.</summary>
    public static string? Describe(string? text)
        => Read(text) is { } move
            ? $"{move.Day?.ToString().ToLowerInvariant() ?? "same"} {move.Time?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "same"}"
            : null;

    [GeneratedRegex(@"\b(?:move|moving|moved|change|changing|reschedule|push|pushed|shift|switch|bump|make\s+(?:it|that|this)|instead|rather|better|prefer|actually|sorry|(?:no\s+)?wait)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MoveWord();

    /// <summary>A question about when it goes out ("when does the digest go out?", "is it still on mondays at 9?").</summary>
    [GeneratedRegex(@"^\s*(?:when|what|which|is|are|does|did|why|how)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Asked();

    [GeneratedRegex(@"\b(?:stop|cancel|pause|unsubscribe|don['’]?t|do\s+not|no\s+more|leave\s+it)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Stopped();

    /// <summary>Something else that has a day or a time: a goal's deadline or target, a reminder, a meeting, a request, a lead.</summary>
    [GeneratedRegex(@"\b(?:deadline|due|target|goal|remind\w*|meeting|call|request|lead|sla|check-?in)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherThing();
}
