using AlignmentBot.Application.Dialogs.Onboarding;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Tests.Paraphrases;

/// <summary>The role a newcomer tells as theirs inside a longer answer at the role question.</summary>
public sealed class RoleInStoryParaphraseTests
{
    private static string Read(string text) => OwnRole.Read(text) switch
    {
        Role.Leadership => "leadership",
        Role.MarketingLead or Role.Marketer => "marketing",
        Role.SalesLead or Role.SalesRep => "sales",
        _ => "none",
    };

    [Fact]
    public void Train_EveryRow_ReadsAsTheRoleTold() => ParaphraseTable.AssertTrain("role-in-story", Read);

    [Fact]
    public void HeldOut_AtOrAboveFloor() => ParaphraseTable.AssertHeldOut("role-in-story", Read);
}
