using AlignmentBot.Application.Audit;

namespace AlignmentBot.Application.Tests.Audit;

public sealed class AuditCsvTests
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
        => Assert.Equal(expected, AuditCsv.Cell(value));

    [Fact]
    public void Row_EndsWithCrLfAndSeparatesWithCommas()
        => Assert.Equal("a,,\"b,c\"\r\n", AuditCsv.Row(["a", null, "b,c"]));
}
