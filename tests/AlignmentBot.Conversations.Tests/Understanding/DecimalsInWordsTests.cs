using AlignmentBot.Conversations.Understanding;

namespace AlignmentBot.Conversations.Tests.Understanding;

/// <summary>Decimals said in words: one number (and money with a currency word), not two numbers or none.</summary>
public sealed class DecimalsInWordsTests
{
    [Theory]
    [InlineData("get quarterly revenue to one point one million dollars by next year", 1_100_000, "USD")]
    [InlineData("revenue of two point five million euros a quarter", 2_500_000, "EUR")]
    [InlineData("about three point two five million pounds", 3_250_000, "GBP")]
    [InlineData("we need four point five mil bucks in pipeline", 4_500_000, "USD")]
    public void Amounts_DecimalInWordsWithCurrency_IsOneAmount(string text, double amount, string currency)
    {
        var amounts = SharedExtractor.Recognizers.Amounts(text);

        var single = Assert.Single(amounts);
        Assert.Equal((decimal)amount, single.Money.Amount);
        Assert.Equal(currency, single.Money.Currency);
    }

    [Theory]
    [InlineData("revenue of two point five million a quarter", 2_500_000)]
    [InlineData("pipeline to one point two million", 1_200_000)]
    [InlineData("twenty point five k a month", 20_500)]
    [InlineData("nine point nine", 9.9)]
    [InlineData("revenue's around 9 mil a year", 9_000_000)]
    public void Numbers_DecimalInWords_IsOneNumber(string text, double value)
        => Assert.Contains(SharedExtractor.Recognizers.Numbers(text), n => n.Value == (decimal)value);

    [Theory]
    [InlineData("we spend about 40k a month on marketing and revenue's around 9 mil a year", 9_000_000)]
    [InlineData("revenue is about 12 mill a year", 12_000_000)]
    public void Extract_MillionsSaidAsMil_IsANumberNotATime(string text, double value)
        => Assert.Contains(SharedExtractor.Extractor.Extract(text, new DateOnly(2026, 11, 23)).NumberList, n => n.Value == (decimal)value);
}
