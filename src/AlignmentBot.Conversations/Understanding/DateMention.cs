namespace AlignmentBot.Conversations.Understanding;

/// <summary>A date phrase and how it was read.</summary>
/// <param name="Deadline">"by end of Q3" → 2027-09-30: the day something is due.</param>
/// <param name="Range">"last week" → that week: the days a reported number covers.</param>
/// <param name="IsSchedule">A recurring time ("every Monday at 9", "Friday 4pm"): neither a deadline nor a range.</param>
public sealed record DateMention(string Text, TextSpan Span, DateOnly? Deadline, DateOnly? RangeStart, DateOnly? RangeEnd, bool IsSchedule);
