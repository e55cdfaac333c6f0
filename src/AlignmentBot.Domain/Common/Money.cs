namespace AlignmentBot.Domain.Common;

/// <summary>An amount in one currency (ISO 4217 code).</summary>
public readonly record struct Money(decimal Amount, string Currency)
{
    public static Money Usd(decimal amount) => new(amount, "USD");

    public override string ToString() => Formatting.Money(Amount, Currency);
}
