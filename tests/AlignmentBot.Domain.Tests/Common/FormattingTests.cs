using AlignmentBot.Domain.Common;

namespace AlignmentBot.Domain.Tests.Common;

public class FormattingTests
{
    [Theory]
    [InlineData(42, "42")]
    [InlineData(9_999, "9,999")]
    [InlineData(12_345, "12.3k")]
    [InlineData(45_000, "45k")]
    [InlineData(1_234_567, "1.2M")]
    [InlineData(1_500_000_000, "1.5B")]
    [InlineData(-45_000, "-45k")]
    public void Number_LargeValues_AreScaledWithSuffix(long value, string expected)
    {
        Assert.Equal(expected, Formatting.Number(value));
    }

    [Theory]
    [InlineData("33.333", "33.3")]
    [InlineData("2.45", "2.5")]
    [InlineData("150.4", "150")]
    [InlineData("62.5", "62.5")]
    [InlineData("0.5", "0.5")]
    public void Number_Fractions_KeepOneDecimalBelowHundred(string value, string expected)
    {
        Assert.Equal(expected, Formatting.Number(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(999_999, "1M")]
    [InlineData(999_950, "1M")]
    [InlineData(999_949, "999.9k")]
    [InlineData(999_999_999, "1B")]
    public void Number_JustBelowNextScale_RoundsIntoTheNextSuffix(long value, string expected)
    {
        // 999,999 rounds to 1,000.0 thousands; a chat reader expects "1M", never "1000k".
        Assert.Equal(expected, Formatting.Number(value));
    }

    [Fact]
    public void Number_JustBelowTenThousand_SwitchesToThousandsWhenItRoundsUp()
    {
        // 9,999.5 rounds to 10,000, which reads "10k" like 10,000 itself; 9,999.4 stays "9,999".
        Assert.Equal("10k", Formatting.Number(9_999.5m));
        Assert.Equal("9,999", Formatting.Number(9_999.4m));
    }

    [Theory]
    [InlineData(45_000, "USD", "$45k")]
    [InlineData(1_200_000, "EUR", "€1.2M")]
    [InlineData(85, "GBP", "£85")]
    [InlineData(-45_000, "USD", "-$45k")]
    [InlineData(500, "CHF", "500 CHF")]
    public void Money_KnownAndUnknownCurrencies_UseSymbolOrCode(long amount, string currency, string expected)
    {
        Assert.Equal(expected, Formatting.Money(amount, currency));
    }

    [Fact]
    public void Money_ToString_UsesTheSameFormat()
    {
        Assert.Equal("$2.5M", Money.Usd(2_500_000m).ToString());
    }

    [Fact]
    public void Percent_Fractions_RoundToOneDecimalAndDropTrailingZero()
    {
        Assert.Equal("16%", Formatting.Percent(16m));
        Assert.Equal("33.3%", Formatting.Percent(100m / 3m));
        Assert.Equal("2.5%", Formatting.Percent(2.45m));
    }

    [Fact]
    public void Ratio_WholeOrFractional_AlwaysShowsOneDecimal()
    {
        Assert.Equal("2.4×", Formatting.Ratio(2.4m));
        Assert.Equal("3.0×", Formatting.Ratio(3m));
    }

    [Fact]
    public void Date_AnyDay_IsDayMonthYear()
    {
        Assert.Equal("31 Mar 2027", Formatting.Date(new DateOnly(2027, 3, 31)));
    }
}
