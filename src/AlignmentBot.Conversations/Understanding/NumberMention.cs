namespace AlignmentBot.Conversations.Understanding;

public sealed record NumberMention(decimal Value, TextSpan Span, string Text);
