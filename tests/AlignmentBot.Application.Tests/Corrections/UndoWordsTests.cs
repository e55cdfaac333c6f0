using AlignmentBot.Application.Corrections;

namespace AlignmentBot.Application.Tests.Corrections;

public class UndoWordsTests
{
    [Theory]
    [InlineData("undo that")]
    [InlineData("wait no, undo that")]
    [InlineData("oops, undo")]
    [InlineData("scratch that")]
    [InlineData("hmm no, take that back")]
    [InlineData("nvm, undo pls")]
    [InlineData("undo that, I posted it too early")]
    [InlineData("wait no, scratch that, he already got them")]
    [InlineData("can you undo that?")]
    [InlineData("oops, pls undo")]
    [InlineData("ugh wrong sheet, undo that")]
    [InlineData("oops, typed that in the wrong place, undo that")]
    [InlineData("argh, wrong tab - undo pls")]
    [InlineData("sorry, I put it under the wrong week, take it back")]
    public void IsUndo_TheWaysPeopleTakeSomethingBack(string text) => Assert.True(RecentCorrections.IsUndo(text));

    [Theory]
    [InlineData("scratch that, the reason is no budget")]
    [InlineData("undo that, make it 44")]
    [InlineData("undo the MQL target change")]
    [InlineData("no, forty-four")]
    [InlineData("what does undo do?")]
    public void IsUndo_ACorrectionOrSomethingElse_IsNot(string text) => Assert.False(RecentCorrections.IsUndo(text));
}
