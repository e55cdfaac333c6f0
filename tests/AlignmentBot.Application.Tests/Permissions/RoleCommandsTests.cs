using AlignmentBot.Application.People;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Tests.Permissions;

public sealed class RoleCommandsTests
{
    [Theory]
    [InlineData("make @marco the marketing lead", RoleCommandKind.Assign, "@marco", Role.MarketingLead)]
    [InlineData("Make Marco Silva the marketing lead.", RoleCommandKind.Assign, "Marco Silva", Role.MarketingLead)]
    [InlineData("Sam is the sales lead", RoleCommandKind.Assign, "Sam", Role.SalesLead)]
    [InlineData("<@U0ALEX> is a sales rep", RoleCommandKind.Assign, "<@U0ALEX>", Role.SalesRep)]
    [InlineData("Priya is in marketing", RoleCommandKind.Assign, "Priya", Role.Marketer)]
    [InlineData("set Dana as leadership", RoleCommandKind.Assign, "Dana", Role.Leadership)]
    [InlineData("make @priya an admin", RoleCommandKind.MakeAdmin, "@priya", null)]
    [InlineData("make Priya an admin pls", RoleCommandKind.MakeAdmin, "Priya", null)]
    [InlineData("pls make Jordan a marketer plz", RoleCommandKind.Assign, "Jordan", Role.Marketer)]
    [InlineData("make Priya the marketing lead please", RoleCommandKind.Assign, "Priya", Role.MarketingLead)]
    [InlineData("can you make me an admin?", RoleCommandKind.MakeAdmin, "me", null)]
    [InlineData("could you make me an admin please?", RoleCommandKind.MakeAdmin, "me", null)]
    [InlineData("would you make Priya admin pls?", RoleCommandKind.MakeAdmin, "Priya", null)]
    [InlineData("can I be an admin?", RoleCommandKind.MakeAdmin, "me", null)]
    // A greeting before it (conv23).
    [InlineData("hi! can you make me an admin?", RoleCommandKind.MakeAdmin, "me", null)]
    [InlineData("hey - can I get admin rights pls", RoleCommandKind.MakeAdmin, "me", null)]
    [InlineData("good morning, could I get admin access?", RoleCommandKind.MakeAdmin, "me", null)]
    [InlineData("could I get admin rights?", RoleCommandKind.MakeAdmin, "me", null)]
    [InlineData("Priya is no longer an admin", RoleCommandKind.RemoveAdmin, "Priya", null)]
    [InlineData("I'm in sales now", RoleCommandKind.RequestOwn, null, Role.SalesRep)]
    [InlineData("i am in marketing", RoleCommandKind.RequestOwn, null, Role.Marketer)]
    [InlineData("I'm the marketing lead", RoleCommandKind.RequestOwn, null, Role.MarketingLead)]
    [InlineData("my role is sales lead", RoleCommandKind.RequestOwn, null, Role.SalesLead)]
    [InlineData("change my role", RoleCommandKind.RequestOwn, null, null)]
    [InlineData("role requests", RoleCommandKind.ListRequests, null, null)]
    [InlineData("who has which role?", RoleCommandKind.ListRoles, null, null)]
    [InlineData("who are the admins", RoleCommandKind.ListRoles, null, null)]
    // Where or for how long, and asking first, change neither the person nor the role (branch conv12).
    [InlineData("make Jordan a marketer on my team", RoleCommandKind.Assign, "Jordan", Role.Marketer)]
    [InlineData("make Alex the sales lead for now", RoleCommandKind.Assign, "Alex", Role.SalesLead)]
    [InlineData("can you make Casey a marketer on our team pls", RoleCommandKind.Assign, "Casey", Role.Marketer)]
    [InlineData("give Jordan the marketer role on my team", RoleCommandKind.Assign, "Jordan", Role.Marketer)]
    // A reason said after the command (set 7, conv15).
    [InlineData("make Alex the sales lead, Sam's moving to partnerships", RoleCommandKind.Assign, "Alex", Role.SalesLead)]
    [InlineData("make Alex a sales lead, he's earned it", RoleCommandKind.Assign, "Alex", Role.SalesLead)]
    [InlineData("give Priya the marketing lead role, she's taking over from me", RoleCommandKind.Assign, "Priya", Role.MarketingLead)]
    [InlineData("make Jordan a marketer since she runs the webinars now", RoleCommandKind.Assign, "Jordan", Role.Marketer)]
    [InlineData("make Casey a sales rep - she started today", RoleCommandKind.Assign, "Casey", Role.SalesRep)]
    public void Parse_RoleAndAdminSentences_AreRead(string text, RoleCommandKind kind, string? who, Role? role)
    {
        Assert.Equal(new RoleCommand(kind, who, role), RoleCommands.Parse(text));
    }

    [Theory]
    [InlineData("make it a goal")]
    [InlineData("Priya is the owner")]
    [InlineData("we need more leads")]
    [InlineData("who is the marketing lead?")]
    [InlineData("make the target 200")]
    [InlineData("the lead from Acme was bad")]
    public void Parse_OtherSentences_AreLeftToTheLanguageModel(string text)
    {
        Assert.Null(RoleCommands.Parse(text));
    }
}
