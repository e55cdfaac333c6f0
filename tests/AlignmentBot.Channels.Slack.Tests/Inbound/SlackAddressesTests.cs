using AlignmentBot.Channels.Slack.BlockKit;
using AlignmentBot.Channels.Slack.Inbound;

namespace AlignmentBot.Channels.Slack.Tests.Inbound;

public sealed class SlackAddressesTests
{
    [Theory]
    [InlineData("<@UBOT> we need more leads", "we need more leads")]
    [InlineData("<@UBOT|alignmentbot>   status", "status")]
    [InlineData("hey <@UBOT>, status for <@UDANA>?", "hey status for <@UDANA>?")]
    [InlineData("<@UBOT>: is marketing working?", "is marketing working?")]
    [InlineData("<@UBOT>", "")]
    [InlineData(null, "")]
    public void StripMention_RemovesOnlyTheBotsOwnMention(string? text, string expected)
        => Assert.Equal(expected, SlackAddresses.StripMention(text, "UBOT"));

    [Theory]
    [InlineData("D0DANA", false)]
    [InlineData("C0SALES", true)]
    [InlineData("G0LEADERSHIP", true)]
    public void For_DirectMessagesAreNotGroups(string channel, bool isGroup)
        => Assert.Equal(isGroup, SlackAddresses.For("T1", channel, null, "UBOT").IsGroup);

    [Fact]
    public void For_ChannelNameIsKeptButNotTheDirectMessagePlaceholder()
    {
        Assert.Equal("#marketing", SlackAddresses.For("T1", "C1", null, "UBOT", "marketing").Name);
        Assert.Null(SlackAddresses.For("T1", "D1", null, "UBOT", "directmessage").Name);
    }

    [Fact]
    public void Permalink_IsBuiltFromTeamDomainChannelAndTs()
        => Assert.Equal("https://acme.slack.com/archives/C0SALES/p1700000450000900", SlackAddresses.Permalink("acme", "C0SALES", "1700000450.000900"));

    [Fact]
    public void Split_NeverCutsASurrogatePairAndKeepsEveryCharacter()
    {
        var text = string.Concat(Enumerable.Repeat("😀", 4000));

        var chunks = Mrkdwn.Split(text, 3000);

        Assert.All(chunks, c => Assert.False(char.IsHighSurrogate(c[^1])));
        Assert.Equal(text, string.Concat(chunks));
    }
}
