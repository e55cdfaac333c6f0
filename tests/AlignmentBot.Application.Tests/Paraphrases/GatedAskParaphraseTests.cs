using AlignmentBot.Application.People;
using AlignmentBot.Application.Reminders;

namespace AlignmentBot.Application.Tests.Paraphrases;

/// <summary>
/// Asks for something the gate may refuse, said in other words: to be made an admin oneself, and who is behind on
/// check-ins. Read as the thing asked, the gate answers who may (docs/permissions.md).
/// </summary>
public sealed class GatedAskParaphraseTests
{
    private static string YesNo(bool read) => read ? "yes" : "no";

    [Fact]
    public void AdminAsk_Train_EveryRow() => ParaphraseTable.AssertTrain("admin-ask", text => YesNo(AdminAsk.IsAskingForSelf(text)));

    [Fact]
    public void AdminAsk_HeldOut_AtOrAboveFloor() => ParaphraseTable.AssertHeldOut("admin-ask", text => YesNo(AdminAsk.IsAskingForSelf(text)));

    [Fact]
    public void OverdueAsk_Train_EveryRow() => ParaphraseTable.AssertTrain("overdue-ask", text => YesNo(OverdueQuestion.Asks(text)));

    [Fact]
    public void OverdueAsk_HeldOut_AtOrAboveFloor() => ParaphraseTable.AssertHeldOut("overdue-ask", text => YesNo(OverdueQuestion.Asks(text)));
}
