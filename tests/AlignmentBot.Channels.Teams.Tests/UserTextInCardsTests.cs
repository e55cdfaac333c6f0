using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AlignmentBot.Channels.Teams.AdaptiveCards;
using AlignmentBot.Channels.Teams.Schema;
using AlignmentBot.Channels.Teams.Tests.Support;
using AlignmentBot.Conversations.Cards;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AlignmentBot.Channels.Teams.Tests;

/// <summary>
/// What people typed is shown as written in an Adaptive Card: no live link, emphasis or list from their text, while the
/// bot's own bold still works. The escaped text is read back with a CommonMark parser, the syntax the card renderers'
/// markdown follows.
/// </summary>
public sealed class UserTextInCardsTests
{
    private const string Typed = "[click](http://evil.example) **urgent** R&D <b>x</b>";

    [Theory]
    [InlineData("[click](http://evil.example)")]
    [InlineData("**bold** and _italic_ and *this*")]
    [InlineData("`code` and ~~gone~~")]
    [InlineData("<https://evil.example> and <b>tag</b>")]
    [InlineData("R&D &amp; &#38; &copy; AT&T")]
    [InlineData("- not a list")]
    [InlineData("+ not a list")]
    [InlineData("1. not a list")]
    [InlineData("2024) not a list either")]
    [InlineData("# not a heading")]
    [InlineData("> not a quote")]
    [InlineData("C:\\temp\\*.csv and a trailing backslash\\")]
    [InlineData("follow_up_time, 5 * 3 = 15, $2k (approx.)")]
    [InlineData("first line\n- second line\n3. third line")]
    public void Escape_ReadAsCommonMark_IsJustTheTextAsTyped(string typed)
    {
        var document = Markdown.Parse(AdaptiveMarkdown.Escape(typed));

        Assert.All(document.Descendants(), node => Assert.True(node is ParagraphBlock or ContainerInline or LiteralInline or LineBreakInline,
            $"'{typed}' is read as {node.GetType().Name}"));
        Assert.Equal(typed, Text(document));
    }

    [Theory]
    [InlineData("Leads (inquiries): 250 per week by 31 Mar 2027")]
    [InlineData("Dana Smith")]
    [InlineData("-5% against last week")]
    public void Escape_OrdinaryText_GetsNoBackslashes(string text)
        => Assert.Equal(text, AdaptiveMarkdown.Escape(text));

    [Fact]
    public void Render_UserTextInTitleLiteralParagraphFactsAndCells_IsEscapedWhileTheBotsBoldIsKept()
    {
        var card = new Card($"Lead to review: {Typed}",
        [
            new TextBlock("**Logged** by the bot"),
            new TextBlock(Typed, Literal: true),
            new FactsBlock([new Fact("Company", Typed)]),
            new TableBlock(["Request"], [new TableRow([Typed])]),
        ]);

        var json = JsonNode.Parse(JsonSerializer.Serialize(AdaptiveCardRenderer.Render(card, "fallback"), TeamsJsonContext.Default.AdaptiveCard))!;
        var body = json["body"]!.AsArray();

        var escaped = AdaptiveMarkdown.Escape(Typed);
        Assert.Equal(@"\[click\](http://evil.example) \*\*urgent\*\* R&D \<b>x\</b>", escaped);
        Assert.Equal($"Lead to review: {escaped}", body[0]!["text"]!.GetValue<string>());
        Assert.Equal("**Logged** by the bot", body[1]!["text"]!.GetValue<string>());
        Assert.Equal(escaped, body[2]!["text"]!.GetValue<string>());
        Assert.Equal(escaped, body[3]!["facts"]![0]!["value"]!.GetValue<string>());
        Assert.Equal(escaped, body[4]!["rows"]![1]!["cells"]![0]!["items"]![0]!["text"]!.GetValue<string>());
        Assert.Empty(AdaptiveCardSchema.Validate(json));

        // Read as the renderers read it: the bot's bold is bold, the person's link and bold are text.
        Assert.Single(Markdown.Parse(body[1]!["text"]!.GetValue<string>()).Descendants<EmphasisInline>());
        Assert.Empty(Markdown.Parse(body[2]!["text"]!.GetValue<string>()).Descendants<LinkInline>());
        Assert.Equal(Typed, Text(Markdown.Parse(body[2]!["text"]!.GetValue<string>())));
    }

    private static string Text(MarkdownDocument document)
    {
        var text = new StringBuilder();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case LineBreakInline:
                    text.Append('\n');
                    break;
            }
        }

        return text.ToString();
    }
}
