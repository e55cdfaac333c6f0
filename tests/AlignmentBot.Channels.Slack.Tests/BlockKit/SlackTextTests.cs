using System.Text.Json.Nodes;
using AlignmentBot.Channels.Slack.BlockKit;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;
using static AlignmentBot.Channels.Slack.Tests.BlockKit.RendererFactory;

namespace AlignmentBot.Channels.Slack.Tests.BlockKit;

/// <summary>Slack text decoded once on the way in, escaped once on the way out (Slack's "Formatting text for app surfaces").</summary>
public sealed class SlackTextTests
{
    [Theory]
    [InlineData("R&amp;D &lt;urgent&gt;", "R&D <urgent>")]
    [InlineData("a &amp;lt; b", "a &lt; b")] // the person typed "&lt;": decoded once, not twice
    [InlineData("AT&amp;T &gt;&gt; 5 &amp;&amp; x", "AT&T >> 5 && x")]
    [InlineData("see <https://acme.example/brief|the brief> now", "see the brief (https://acme.example/brief) now")]
    [InlineData("see <https://acme.example/a?b=1&amp;c=2>", "see https://acme.example/a?b=1&c=2")]
    [InlineData("site <http://acme.com|acme.com>", "site acme.com")]
    [InlineData("mail <mailto:dana@acme.com|dana@acme.com> or <mailto:sam@acme.com>", "mail dana@acme.com or sam@acme.com")]
    [InlineData("post in <#C0MARKETING|marketing> please", "post in #marketing please")]
    [InlineData("<!here> and <!channel>, <!subteam^S0TEAM|@sales-team>", "@here and @channel, @sales-team")]
    [InlineData("due <!date^1700000000^{date_short}|Nov 14, 2023>", "due Nov 14, 2023")]
    [InlineData("no markup at all", "no markup at all")]
    [InlineData("", "")]
    public void Decode_WhatSlackSends_IsWhatThePersonTyped(string wire, string typed)
        => Assert.Equal(typed, SlackText.Decode(wire));

    [Theory]
    [InlineData("ask <@U0DANA001> for it")]
    [InlineData("ask <@U0DANA001|dana> for it")]
    [InlineData("in <#C0MARKETING>")]
    public void Decode_PeopleAndUnnamedChannels_StayReferences(string wire)
        => Assert.Equal(wire, SlackText.Decode(wire));

    [Theory]
    [InlineData("R&D <urgent>", "R&amp;D &lt;urgent&gt;")]
    [InlineData("a &lt; b", "a &amp;lt; b")]
    [InlineData("<https://evil.example|click>", "&lt;https://evil.example|click&gt;")]
    [InlineData("<!channel> now", "&lt;!channel&gt; now")]
    [InlineData("owner <@U0DANA001>, see <#C0MARKETING>", "owner <@U0DANA001>, see <#C0MARKETING>")]
    public void Escape_ControlCharactersOnce_ReferencesKept(string text, string wire)
        => Assert.Equal(wire, SlackText.Escape(text));

    [Theory]
    [InlineData("R&amp;D &lt;urgent&gt;")]
    [InlineData("a &amp;lt; b &amp;amp; c")]
    [InlineData("ping <@U0DANA001> &amp; <@U0SAM0001|sam>")]
    public void DecodeThenEscape_RoundTripsToWhatSlackSent(string wire)
        => Assert.Equal(wire, SlackText.Escape(SlackText.Decode(wire)));

    [Fact]
    public void Render_LiteralParagraphTitleFactsAndCells_EscapedOnceWithoutOurMarkdown()
    {
        var (renderer, _) = Create();
        const string typed = "R&D <urgent> **now** [click](http://evil.example)";
        var card = new Card($"Request: {typed}",
        [
            new TextBlock("**Logged** for R&D", TextStyle.Normal),
            new TextBlock(typed, Literal: true),
            new FactsBlock([new Fact("Asked as", typed)]),
            new TableBlock(["Request", "Asked by"], [new TableRow([typed, "Dana & Sam"])]),
        ]);

        var rendered = renderer.Message(new OutgoingMessage(typed, card));
        var blocks = ToJson(rendered.Blocks).OfType<JsonObject>().ToList();

        const string once = "R&amp;D &lt;urgent&gt; **now** [click](http://evil.example)";
        Assert.Equal("R&amp;D &lt;urgent&gt; *now* [click](http://evil.example)", rendered.Text); // the bot's text: our markdown applies
        Assert.Equal($"Request: {typed}", blocks[0]["text"]!["text"]!.ToString()); // plain_text header: as written
        Assert.Equal("*Logged* for R&amp;D", blocks[1]["text"]!["text"]!.ToString());
        Assert.Equal(once, blocks[2]["text"]!["text"]!.ToString());
        Assert.Equal($"*Asked as*\n{once}", blocks[3]["fields"]![0]!["text"]!.ToString());
        Assert.Equal($"*{once}*\nAsked by: Dana &amp; Sam", blocks[4]["text"]!["text"]!.ToString());
        Assert.DoesNotContain("&amp;amp;", ToJson(rendered.Blocks).ToJsonString(), StringComparison.Ordinal);
    }
}
