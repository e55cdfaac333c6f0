using System.Globalization;

namespace AlignmentBot.Domain.Common;

/// <summary>Human-readable numbers for chat: "1.2M", "$45k", "16%".</summary>
public static class Formatting
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Number(decimal value)
    {
        // Each threshold sits where rounding to one decimal reaches the next unit, so 999,999 reads "1M", not "1000k".
        var abs = Math.Abs(value);
        if (abs >= 999_950_000m)
        {
            return Scaled(value / 1_000_000_000m) + "B";
        }

        if (abs >= 999_950m)
        {
            return Scaled(value / 1_000_000m) + "M";
        }

        if (abs >= 9_999.5m)
        {
            return Scaled(value / 1_000m) + "k";
        }

        return abs >= 100m || value == decimal.Truncate(value)
            ? Math.Round(value, 0, MidpointRounding.AwayFromZero).ToString("#,0", Invariant)
            : Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", Invariant);
    }

    public static string Money(decimal amount, string currency)
    {
        var symbol = currency switch
        {
            "USD" => "$",
            "EUR" => "€",
            "GBP" => "£",
            "JPY" => "¥",
            "INR" => "₹",
            _ => null,
        };
        var number = Number(amount);
        return symbol is null ? $"{number} {currency}" : (amount < 0 ? "-" + symbol + number.TrimStart('-') : symbol + number);
    }

    public static string Percent(decimal percent) => Math.Round(percent, 1, MidpointRounding.AwayFromZero).ToString("0.#", Invariant) + "%";

    public static string Ratio(decimal ratio) => Math.Round(ratio, 1, MidpointRounding.AwayFromZero).ToString("0.0", Invariant) + "×";

    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", Invariant);

    private static string Scaled(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", Invariant);
}
