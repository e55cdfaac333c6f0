namespace AlignmentBot.Application.Tests.Paraphrases;

public sealed class ParaphraseTableTests
{
    [Fact]
    public void Parse_RowsCommentsAndFloor_ReadAsWritten()
    {
        var (rows, floor) = ParaphraseTable.Parse("# a kind\n# floor: 75%\nGBP\tpounds sterling from now on\n\nno\thow much is that in pounds?\n", "t.txt");

        Assert.Equal(75, floor);
        Assert.Equal(2, rows.Count);
        Assert.Equal(("GBP", "pounds sterling from now on", "t.txt:3"), (rows[0].Expected, rows[0].Text, rows[0].Source));
        Assert.Equal("no", rows[1].Expected);
    }

    [Fact]
    public void Parse_LineWithoutTab_SaysWhereAndWhat()
    {
        var e = Assert.Throws<FormatException>(() => ParaphraseTable.Parse("GBP pounds", "t.txt"));

        Assert.Contains("t.txt:1", e.Message);
    }

    [Fact]
    public void Load_EveryTable_HasBothPartsAndParses()
    {
        // A kind without its held-out part would be tuned on everything it is measured on.
        var files = Directory.Exists(ParaphraseTable.Directory) ? Directory.GetFiles(ParaphraseTable.Directory, "*.txt") : [];
        var kinds = files.Select(f => Path.GetFileName(f)).Select(n => n[..n.IndexOf('.')]).Distinct().ToList();
        foreach (var kind in kinds)
        {
            Assert.NotEmpty(ParaphraseTable.Load(kind, "train"));
            Assert.NotEmpty(ParaphraseTable.Load(kind, "heldout"));
        }
    }
}
