using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Domain.Tests.Workspaces;

public class RolesTests
{
    [Theory]
    [InlineData("CEO", Role.Leadership)]
    [InlineData("leadership", Role.Leadership)]
    [InlineData("board", Role.Leadership)]
    [InlineData("Head of Marketing", Role.Marketing)]
    [InlineData("CMO", Role.Marketing)]
    [InlineData("marketing lead", Role.Marketing)]
    [InlineData("VP Sales", Role.Sales)]
    [InlineData("sales lead", Role.Sales)]
    [InlineData("SDR", Role.Sales)]
    [InlineData("lead gen", Role.Marketing)]
    [InlineData("demand generation", Role.Marketing)]
    public void TryParse_HowPeopleDescribeTheirJob_MapsToRole(string text, Role expected)
    {
        Assert.True(Roles.TryParse(text, out var role));
        Assert.Equal(expected, role);
    }

    [Theory]
    [InlineData("accountant")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_UnrelatedOrEmpty_IsRefused(string? text)
    {
        Assert.False(Roles.TryParse(text, out _));
    }

    [Fact]
    public void Noun_EachRole_IsLowerCaseWord()
    {
        Assert.Equal(["leadership", "marketing", "sales"], Enum.GetValues<Role>().Select(Roles.Noun));
    }
}
