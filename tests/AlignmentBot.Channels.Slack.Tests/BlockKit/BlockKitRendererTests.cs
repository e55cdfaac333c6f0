using System.Text.Json.Nodes;
using AlignmentBot.Channels.Slack.BlockKit;
using AlignmentBot.Channels.Slack.Tests.StandIn;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;
using static AlignmentBot.Channels.Slack.Tests.BlockKit.RendererFactory;

namespace AlignmentBot.Channels.Slack.Tests.BlockKit;

public sealed class BlockKitRendererTests
{
    private static IEnumerable<JsonObject> Objects(JsonArray array) => array.OfType<JsonObject>();

    private static IEnumerable<string> AllTexts(JsonNode node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "text" && p.Value is JsonValue v ? [v.ToString()] : p.Value is null ? [] : AllTexts(p.Value)),
        JsonArray a => a.SelectMany(n => n is null ? [] : AllTexts(n)),
        _ => [],
    };

    [Fact]
    public void Message_PlainText_ConvertsMarkdownAndEscapesControlCharacters()
    {
        var (renderer, _) = Create();

        var rendered = renderer.Message(new OutgoingMessage("**MQLs** are _up_ 5% & <rising>\n• one\n• two"));

        Assert.Null(rendered.Blocks);
        Assert.Equal("*MQLs* are _up_ 5% &amp; &lt;rising&gt;\n• one\n• two", rendered.Text);
    }

    [Fact]
    public void Message_UserMention_StaysAMentionWhileOtherAngleBracketsAreEscaped()
    {
        var (renderer, _) = Create();

        var rendered = renderer.Message(new OutgoingMessage("Only a sales lead can confirm for sales: ask <@U0SAM01> or <b>Jo</b>."));

        Assert.Equal("Only a sales lead can confirm for sales: ask <@U0SAM01> or &lt;b&gt;Jo&lt;/b&gt;.", rendered.Text);
    }

    [Fact]
    public void Modal_PersonInput_IsAUsersSelectPreselectingOnlyAUserId()
    {
        var (renderer, _) = Create();
        var form = new Card("Define a measurable goal",
        [
            new PersonInput("owner", "Owner", [new Choice("Sam Okafor", "U0SAM01")], "U0SAM01"),
            new PersonInput("requestedBy", "Requested by", [], "the CEO"),
        ], [new CardAction("Save goal", "goal.form.submit")]);

        var view = ToJson(renderer.Modal(form, "{}"));

        var elements = view["blocks"]!.AsArray().Select(b => b!["element"]!).ToArray();
        Assert.Equal(("users_select", "U0SAM01"), (elements[0]["type"]!.ToString(), elements[0]["initial_user"]!.ToString()));
        Assert.Equal("users_select", elements[1]["type"]!.ToString());
        Assert.Null(elements[1]["initial_user"]);
    }

    [Fact]
    public void Message_LongParagraphs_AreSplitIntoSectionsWithinTheTextLimit()
    {
        var (renderer, _) = Create();
        var paragraph = string.Join(' ', Enumerable.Repeat("pipeline", 200));
        var text = string.Join("\n\n", Enumerable.Repeat(paragraph, 6));

        var blocks = ToJson(renderer.Message(new OutgoingMessage("summary", new Card(null, [new TextBlock(text)]))).Blocks);

        Assert.True(blocks.Count > 1);
        Assert.All(Objects(blocks), b => Assert.True(b["text"]!["text"]!.ToString().Length <= BlockKitLimits.SectionText));
        Assert.Equal(text.Replace("\n\n", " ", StringComparison.Ordinal), string.Join(' ', Objects(blocks).Select(b => b["text"]!["text"]!.ToString())));
    }

    [Fact]
    public void Message_ManyBlocks_StaysWithinFiftyAndKeepsTheButtons()
    {
        var (renderer, _) = Create();
        var card = new Card("Everything", Enumerable.Range(0, 120).Select(i => (CardBlock)new TextBlock($"Line {i}")).ToList(), [new CardAction("Show all", "all.show")]);

        var blocks = ToJson(renderer.Message(new OutgoingMessage("everything", card)).Blocks);

        Assert.Equal(BlockKitLimits.MessageBlocks, blocks.Count);
        Assert.Equal("actions", blocks[^1]!["type"]!.ToString());
        Assert.Equal("context", blocks[^2]!["type"]!.ToString());
        Assert.Contains("more than Slack can show", blocks[^2]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Message_LongTitle_IsCutToTheHeaderLimit()
    {
        var (renderer, _) = Create();

        var blocks = ToJson(renderer.Message(new OutgoingMessage("t", new Card(new string('x', 400), [new TextBlock("body")]))).Blocks);

        var header = blocks[0]!["text"]!["text"]!.ToString();
        Assert.Equal("plain_text", blocks[0]!["text"]!["type"]!.ToString());
        Assert.Equal(BlockKitLimits.HeaderText, header.Length);
        Assert.EndsWith("…", header, StringComparison.Ordinal);
    }

    [Fact]
    public void Message_Facts_BecomeFieldsTenAtATime()
    {
        var (renderer, _) = Create();
        var facts = Enumerable.Range(1, 13).Select(i => new Fact($"Metric {i}", $"{i * 10}")).ToList();

        var blocks = ToJson(renderer.Message(new OutgoingMessage("facts", new Card(null, [new FactsBlock(facts)]))).Blocks);

        Assert.Equal([10, 3], Objects(blocks).Select(b => b["fields"]!.AsArray().Count));
        Assert.Equal("*Metric 1*\n10", blocks[0]!["fields"]![0]!["text"]!.ToString());
    }

    [Fact]
    public void Message_ScorecardTable_IsOneSectionPerRowWithToneAndColumns()
    {
        var (renderer, _) = Create();
        var table = new TableBlock(
            ["Goal", "Owner", "Now", "Target", "Pace"],
            [
                new TableRow(["Revenue", "Dana", "$887.1k/q", "$792k/q by 2027-12-31", "ON TRACK"], Tone.Good),
                new TableRow(["  └ Lead follow-up time", "Sam", "35 h", "24 h", "OFF TRACK"], Tone.Attention),
                new TableRow(["Sales cycle", "Sam", "–", "50 days", "NO DATA"]),
            ]);

        var blocks = ToJson(renderer.Message(new OutgoingMessage("scorecard", new Card("Scorecard", [table]))).Blocks);

        var rows = Objects(blocks).Skip(1).Select(b => b["text"]!["text"]!.ToString()).ToList();
        Assert.Equal(":large_green_circle: *Revenue*\nOwner: Dana · Now: $887.1k/q · Target: $792k/q by 2027-12-31 · Pace: ON TRACK", rows[0]);
        Assert.Equal(":red_circle:   └ *Lead follow-up time*\nOwner: Sam · Now: 35 h · Target: 24 h · Pace: OFF TRACK", rows[1]);
        Assert.Equal("*Sales cycle*\nOwner: Sam · Target: 50 days · Pace: NO DATA", rows[2]);
    }

    [Fact]
    public void Message_LargeTable_IsPreformattedWithinLimits()
    {
        var (renderer, _) = Create();
        var rows = Enumerable.Range(1, 200).Select(i => new TableRow([$"Account {i} & Co", $"{i * 3}", "rejected: no budget"])).ToList();

        var blocks = ToJson(renderer.Message(new OutgoingMessage("accounts", new Card(null, [new TableBlock(["Account", "Leads", "Status"], rows)]))).Blocks);

        Assert.InRange(blocks.Count, 2, BlockKitLimits.MessageBlocks);
        Assert.All(Objects(blocks), b =>
        {
            var text = b["text"]!["text"]!.ToString();
            Assert.True(text.Length <= BlockKitLimits.SectionText, $"{text.Length} characters");
            Assert.StartsWith("```", text, StringComparison.Ordinal);
        });
        Assert.Contains("Account 1 &amp; Co", string.Join("\n", AllTexts(blocks)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_Form_IsASummaryWithAnOpenButtonAndTheOtherActions()
    {
        var (renderer, forms) = Create();
        var form = ScriptedGoalBot.GoalForm("we need more leads").Card!;

        var blocks = ToJson(renderer.Message(new OutgoingMessage("form", form)).Blocks);

        Assert.DoesNotContain(Objects(blocks), b => b["type"]!.ToString() == "input");
        var fields = Objects(blocks).Single(b => b["fields"] is not null)["fields"]!.AsArray().Select(f => f!["text"]!.ToString()).ToList();
        Assert.Equal(["*Metric*\nLeads", "*Target per month*\n_not set yet_", "*Deadline*\n2027-03-31"], fields);
        var buttons = Objects(blocks).Single(b => b["type"]!.ToString() == "actions")["elements"]!.AsArray().OfType<JsonObject>().ToList();
        Assert.Equal("Save goal…", buttons[0]["text"]!["text"]!.ToString());
        Assert.Equal("primary", buttons[0]["style"]!.ToString());
        var key = ButtonValue.Parse(buttons[0]["value"]!.ToString())!.FormKey!;
        Assert.Same(form, await forms.FindAsync<Card>(key, default));
        Assert.Equal("goal.cancel", buttons[1]["action_id"]!.ToString());
        Assert.Equal("goal.cancel", ButtonValue.Parse(buttons[1]["value"]!.ToString())!.Verb);
        Assert.Equal(ScriptedGoalBot.GoalFormId, ButtonValue.Parse(buttons[1]["value"]!.ToString())!.CardId);
    }

    [Fact]
    public void Message_ButtonsWithTheSameVerb_GetUniqueActionIdsAndKeepTheirVerb()
    {
        var (renderer, _) = Create();
        var card = new Card("Pick", [new TextBlock("Which goal?")], [new CardAction("MQLs", "goal.pick", new Dictionary<string, string> { ["id"] = "1" }), new CardAction("Revenue", "goal.pick", new Dictionary<string, string> { ["id"] = "2" }), new CardAction("Cancel", "goal.pick", Style: ActionStyle.Destructive)]);

        var buttons = Objects(ToJson(renderer.Message(new OutgoingMessage("pick", card)).Blocks)).Single(b => b["type"]!.ToString() == "actions")["elements"]!.AsArray().OfType<JsonObject>().ToList();

        Assert.Equal(["goal.pick", "goal.pick~2", "goal.pick~3"], buttons.Select(b => b["action_id"]!.ToString()));
        Assert.All(buttons, b => Assert.Equal("goal.pick", ButtonValue.Parse(b["value"]!.ToString())!.Verb));
        Assert.Equal("2", ButtonValue.Parse(buttons[1]["value"]!.ToString())!.Data!["id"]);
        Assert.Equal("danger", buttons[2]["style"]!.ToString());
    }

    [Fact]
    public async Task Message_ButtonDataTooLargeForSlack_IsParkedAndStillResolves()
    {
        var (renderer, forms) = Create();
        var data = new Dictionary<string, string> { ["note"] = new string('n', 2500) };
        var card = new Card("Big", [new TextBlock("x")], [new CardAction("Go", "big.go", data)]);

        var value = Objects(ToJson(renderer.Message(new OutgoingMessage("big", card)).Blocks)).Single(b => b["type"]!.ToString() == "actions")["elements"]![0]!["value"]!.ToString();

        Assert.True(value.Length <= BlockKitLimits.ButtonValue);
        var parked = (await forms.FindAsync<ButtonValue>(ButtonValue.Parse(value)!.FormKey!, default))!;
        Assert.Equal(data["note"], parked.Data!["note"]);
    }

    [Fact]
    public void Modal_GoalForm_HasPrefilledInputsKeyedByInputIdAndLimitsRespected()
    {
        var (renderer, _) = Create();
        var form = ScriptedGoalBot.GoalForm("we need more leads").Card! with { Title = "Define a measurable marketing goal" };

        var view = ToJson(renderer.Modal(form, "{\"ch\":\"C1\"}"));

        Assert.Equal("modal", view["type"]!.ToString());
        Assert.Equal(BlockKitLimits.ViewTitle, view["title"]!["text"]!.ToString().Length);
        Assert.Equal("Save goal", view["submit"]!["text"]!.ToString());
        Assert.Equal("alignmentbot.form", view["callback_id"]!.ToString());
        Assert.Equal("{\"ch\":\"C1\"}", view["private_metadata"]!.ToString());
        var blocks = Objects(view["blocks"]!.AsArray()).ToList();
        Assert.Equal("Define a measurable marketing goal", blocks[0]["text"]!["text"]!.ToString());
        var inputs = blocks.Where(b => b["type"]!.ToString() == "input").ToList();
        Assert.Equal(["metric", "target", "deadline"], inputs.Select(b => b["block_id"]!.ToString()));
        Assert.Equal(["static_select", "number_input", "datepicker"], inputs.Select(b => b["element"]!["type"]!.ToString()));
        Assert.All(inputs, b => Assert.Equal(b["block_id"]!.ToString(), b["element"]!["action_id"]!.ToString()));
        Assert.Equal("leads", inputs[0]["element"]!["initial_option"]!["value"]!.ToString());
        Assert.False(inputs[1]["optional"]!.GetValue<bool>());
    }

    [Fact]
    public void Modal_NumberPrefilledWithText_FallsBackToAPlainTextInput()
    {
        var (renderer, _) = Create();
        var form = new Card("Target", [new TextInput("target", "Target", "ten percent", Kind: InputKind.Number), new TextInput("n", "N", "1,200", Kind: InputKind.Number)], [new CardAction("Save", "save")]);

        var inputs = Objects(ToJson(renderer.Modal(form, "{}"))["blocks"]!.AsArray()).ToList();

        Assert.Equal("plain_text_input", inputs[0]["element"]!["type"]!.ToString());
        Assert.Equal("ten percent", inputs[0]["element"]!["initial_value"]!.ToString());
        Assert.Equal("1200", inputs[1]["element"]!["initial_value"]!.ToString());
    }

    [Fact]
    public void Modal_SecretInput_IsNeverPrefilled()
    {
        var (renderer, _) = Create();
        var form = new Card("Connect HubSpot", [new TextInput("token", "Access token", "pat-na1-should-not-show", Required: true, Kind: InputKind.Secret)], [new CardAction("Connect", "sync.connect.submit")]);

        var view = ToJson(renderer.Modal(form, "{}")).ToJsonString();

        Assert.Contains("\"block_id\":\"token\"", view, StringComparison.Ordinal);
        Assert.DoesNotContain("pat-na1-should-not-show", view, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_FormWithASecret_NeitherShowsNorParksItsValue()
    {
        var (renderer, forms) = Create();
        var form = new Card("Connect HubSpot", [new TextInput("token", "Access token", "pat-na1-should-not-show", Required: true, Kind: InputKind.Secret)], [new CardAction("Connect", "sync.connect.submit", Style: ActionStyle.Primary)]);

        var blocks = ToJson(renderer.Message(new OutgoingMessage("form", form)).Blocks);

        Assert.DoesNotContain("pat-na1-should-not-show", blocks.ToJsonString(), StringComparison.Ordinal);
        var button = Objects(blocks).Single(b => b["type"]!.ToString() == "actions")["elements"]!.AsArray().OfType<JsonObject>().First();
        var parked = (await forms.FindAsync<Card>(ButtonValue.Parse(button["value"]!.ToString())!.FormKey!, default))!;
        Assert.Equal((InputKind.Secret, null), (parked.Inputs.OfType<TextInput>().Single().Kind, parked.Inputs.OfType<TextInput>().Single().Value));
    }

    [Fact]
    public void Home_ManyCards_StaysWithinOneHundredBlocks()
    {
        var (renderer, _) = Create();
        var cards = Enumerable.Range(0, 30).Select(i => new Card($"Goal {i}", [new TextBlock("a"), new TextBlock("b"), new DividerBlock()])).ToList();

        var view = ToJson(renderer.Home(cards));

        Assert.Equal("home", view["type"]!.ToString());
        Assert.Equal(BlockKitLimits.ViewBlocks, view["blocks"]!.AsArray().Count);
    }

    [Fact]
    public void Text_Styles_MapToSlackConventions()
    {
        var (renderer, _) = Create();
        var card = new Card(null, [new TextBlock("Saved", TextStyle.Good), new TextBlock("As of today", TextStyle.Subtle), new TextBlock("Pace", TextStyle.Heading), new TextBlock("Behind", TextStyle.Attention)]);

        var blocks = Objects(ToJson(renderer.Message(new OutgoingMessage("s", card)).Blocks)).ToList();

        Assert.Equal(":white_check_mark: Saved", blocks[0]["text"]!["text"]!.ToString());
        Assert.Equal("context", blocks[1]["type"]!.ToString());
        Assert.Equal("*Pace*", blocks[2]["text"]!["text"]!.ToString());
        Assert.Equal(":red_circle: Behind", blocks[3]["text"]!["text"]!.ToString());
        Assert.All(AllTexts(ToJson(renderer.Message(new OutgoingMessage("s", card)).Blocks)), t => Assert.DoesNotContain("**", t, StringComparison.Ordinal));
    }
}
