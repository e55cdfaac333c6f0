using AlignmentBot.Domain.Overlap;

namespace AlignmentBot.Domain.Tests.Overlap;

public class AccountNamesTests
{
    [Theory]
    [InlineData("Acme, Inc.")]
    [InlineData("acme inc")]
    [InlineData("ACME Inc")]
    [InlineData("Acme Incorporated")]
    [InlineData("www.acme.com")]
    [InlineData("https://www.acme.com/about")]
    [InlineData("acme.co.uk")]
    [InlineData("  Acme  ")]
    public void Normalize_SpellingsOfOneCompany_AreTheSame(string spelling)
    {
        Assert.Equal("acme", AccountNames.Normalize(spelling));
    }

    [Fact]
    public void Normalize_AmpersandAndAnd_AreTheSame()
    {
        Assert.Equal(AccountNames.Normalize("AT&T"), AccountNames.Normalize("AT and T"));
    }

    [Fact]
    public void Normalize_CompanyNameAndItsDomain_Match()
    {
        Assert.Equal(AccountNames.Normalize("Globex Corporation"), AccountNames.Normalize("globex.com"));
    }

    [Fact]
    public void Normalize_DescriptiveWordBeforeSuffix_IsKept()
    {
        // Descriptive words stay, so "Acme Holdings" is a different account from "Acme".
        Assert.Equal("acmeholdings", AccountNames.Normalize("Acme Holdings Inc"));
    }

    [Fact]
    public void Normalize_NameThatIsOnlyASuffixWord_IsKept()
    {
        Assert.Equal("company", AccountNames.Normalize("Company"));
    }
}
