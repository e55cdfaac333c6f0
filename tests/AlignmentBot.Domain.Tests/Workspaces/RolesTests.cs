using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Domain.Tests.Workspaces;

public class RolesTests
{
    [Theory]
    [InlineData("CEO", Role.Leadership)]
    [InlineData("leadership", Role.Leadership)]
    [InlineData("board", Role.Leadership)]
    [InlineData("Head of Marketing", Role.MarketingLead)]
    [InlineData("CMO", Role.MarketingLead)]
    [InlineData("marketing lead", Role.MarketingLead)]
    [InlineData("marketing", Role.Marketer)]
    [InlineData("marketer", Role.Marketer)]
    [InlineData("VP Sales", Role.SalesLead)]
    [InlineData("sales lead", Role.SalesLead)]
    [InlineData("head of sales", Role.SalesLead)]
    [InlineData("sales", Role.SalesRep)]
    [InlineData("SDR", Role.SalesRep)]
    [InlineData("account executive", Role.SalesRep)]
    [InlineData("lead gen", Role.Marketer)]
    [InlineData("demand generation", Role.Marketer)]
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
    public void Noun_EachRole_IsLowerCaseWords()
    {
        Assert.Equal(["leadership", "marketing lead", "marketer", "sales lead", "sales rep"], Enum.GetValues<Role>().Select(Roles.Noun));
    }

    [Fact]
    public void FunctionOf_EachRole_IsTheFunctionItBelongsTo()
    {
        Assert.Equal([Function.Leadership, Function.Marketing, Function.Marketing, Function.Sales, Function.Sales], Enum.GetValues<Role>().Select(Roles.FunctionOf));
        Assert.Equal([Role.Leadership, Role.MarketingLead, Role.SalesLead], Enum.GetValues<Function>().Select(Roles.LeadOf));
    }
}
