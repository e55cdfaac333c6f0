namespace AlignmentBot.Conversations.Understanding;

public sealed record LabeledUtterance(string Text, string Intent);
