namespace AlignmentBot.Conversations.Understanding;

/// <param name="Currency">ISO 4217 code; null when the text gave an amount without a currency.</param>
public sealed record MoneyValue(decimal Amount, string? Currency);
