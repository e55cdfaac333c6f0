using AlignmentBot.Application.Exports;

namespace AlignmentBot.Application.Tests.Exports;

public sealed class SafeCsvTests
{
    [Theory]
    [InlineData("Dana", "Dana")]
    [InlineData("", "")]
    [InlineData("Smith, Dana", "\"Smith, Dana\"")]
    [InlineData("the \"big\" one", "\"the \"\"big\"\" one\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+49 30 1234", "'+49 30 1234")]
    [InlineData("-5", "'-5")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\tpadded", "'\tpadded")]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"click\")", "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"")]
    public void Cell_QuotesPerRfc4180AndNeutralisesFormulas(string value, string expected)
        => Assert.Equal(expected, SafeCsv.Cell(value));

    [Fact]
    public void Row_EndsWithCrLfAndSeparatesWithCommas()
        => Assert.Equal("a,,\"b,c\"\r\n", SafeCsv.Row(["a", null, "b,c"]));
}
