using System.Text.Json;
using System.Text.Json.Nodes;
using AlignmentBot.Channels.Teams.Activities;
using AlignmentBot.Channels.Teams.AdaptiveCards;
using AlignmentBot.Channels.Teams.Schema;
using AlignmentBot.Channels.Teams.Tests.Support;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Channels.Teams.Tests;

public sealed class AdaptiveCardRendererTests
{
    [Theory]
    [MemberData(nameof(SampleCards.Names), MemberType = typeof(SampleCards))]
    public void Render_ProductCards_AreValidAdaptiveCards15(string name)
    {
        var json = Render(SampleCards.ByName(name));

        Assert.Empty(AdaptiveCardSchema.Validate(json));
        Assert.Equal("1.5", json["version"]!.GetValue<string>());
        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", json["$schema"]!.GetValue<string>());
    }

    [Fact]
    public void Validate_BrokenCard_ListsEveryProblem()
    {
        var broken = JsonNode.Parse("""
            {"type":"AdaptiveCard","version":"1.6","body":[{"type":"TextBlock"},{"type":"Input.Text","id":"a","colour":"red"},{"type":"Input.Text","id":"a"},{"type":"Action.Submit"}],
             "actions":[{"type":"Action.Execute","style":"loud"}]}
            """)!;

        var problems = AdaptiveCardSchema.Validate(broken);

        Assert.Contains(problems, p => p.Contains("version 1.6", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("required 'text'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'colour' is not a property", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("used twice", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("not allowed where a element goes", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("style 'loud'", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_GoalConfirmation_ButtonsAreActionExecuteWithVerbAndASubmitFallbackCarryingTheVerb()
    {
        var json = Render(SampleCards.GoalConfirmation());

        var confirm = json["actions"]![0]!;
        Assert.Equal("Action.Execute", confirm["type"]!.GetValue<string>());
        Assert.Equal("Confirm", confirm["title"]!.GetValue<string>());
        Assert.Equal("goal.confirm", confirm["verb"]!.GetValue<string>());
        Assert.Equal("positive", confirm["style"]!.GetValue<string>());
        Assert.Equal("d-42", confirm["data"]!["draft"]!.GetValue<string>());
        Assert.Equal("goal-confirm-d-42", confirm["data"]![SubmitData.CardId]!.GetValue<string>());
        var fallback = confirm["fallback"]!;
        Assert.Equal("Action.Submit", fallback["type"]!.GetValue<string>());
        Assert.Equal("goal.confirm", fallback["data"]![SubmitData.Verb]!.GetValue<string>());
        Assert.Equal("Change", json["actions"]![1]!["title"]!.GetValue<string>());
        Assert.Equal("Grow MQLs to 240 a month by 2027-06-30", json["body"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void Render_Divider_SeparatesTheNextElement()
    {
        var json = Render(SampleCards.GoalConfirmation());

        var subtle = json["body"]!.AsArray().Single(e => e!["isSubtle"] is not null)!;
        Assert.True(subtle["separator"]!.GetValue<bool>());
    }

    [Fact]
    public void Render_Scorecard_IsAFullWidthTableWithAHeaderRowAndPaceColours()
    {
        var json = Render(SampleCards.Scorecard());

        Assert.Equal("Full", json["msteams"]!["width"]!.GetValue<string>());
        var table = json["body"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "Table")!;
        Assert.True(table["firstRowAsHeader"]!.GetValue<bool>());
        var rows = table["rows"]!.AsArray();
        Assert.Equal(5, rows.Count);
        Assert.Equal("Goal", rows[0]!["cells"]![0]!["items"]![0]!["text"]!.GetValue<string>());
        Assert.Equal<string?>(new string?[] { "good", "warning", "attention", null }, rows.Skip(1).Select(r => r!["style"]?.GetValue<string>()));
        Assert.Equal(5, table["columns"]!.AsArray().Count);
    }

    [Fact]
    public void Render_MultiLineText_KeepsEachLine()
    {
        var json = Render(SampleCards.Scorecard());

        var texts = json["body"]!.AsArray().Where(e => e!["type"]!.GetValue<string>() == "TextBlock").Select(e => e!["text"]!.GetValue<string>()).ToList();
        Assert.Contains("Data to 2026-11-22.", texts);
        Assert.Contains("Retention data is stale.", texts);
    }

    [Fact]
    public void Render_Inputs_MapToAdaptiveInputsWithLabelsValuesAndRequiredMessages()
    {
        var sla = Render(SampleCards.SlaConfirmation())["body"]!.AsArray();
        var number = sla.Single(e => e!["id"]?.GetValue<string>() == "mqlTarget")!;
        Assert.Equal("Input.Number", number["type"]!.GetValue<string>());
        Assert.Equal(200, number["value"]!.GetValue<decimal>());
        Assert.True(number["isRequired"]!.GetValue<bool>());
        Assert.NotNull(number["errorMessage"]);
        var date = sla.Single(e => e!["id"]?.GetValue<string>() == "starts")!;
        Assert.Equal("2026-12-01", date["value"]!.GetValue<string>());

        var triage = Render(SampleCards.RequestTriage())["body"]!.AsArray();
        var goal = triage.Single(e => e!["id"]?.GetValue<string>() == "goal")!;
        Assert.Equal("Input.ChoiceSet", goal["type"]!.GetValue<string>());
        Assert.Equal("expanded", goal["style"]!.GetValue<string>());
        Assert.Equal(4, goal["choices"]!.AsArray().Count);
        Assert.True(triage.Single(e => e!["id"]?.GetValue<string>() == "note")!["isMultiline"]!.GetValue<bool>());

        var reasons = Render(SampleCards.LeadFeedback())["body"]!.AsArray().Single(e => e!["id"]?.GetValue<string>() == "reason")!;
        Assert.Equal("compact", reasons["style"]!.GetValue<string>());
    }

    [Fact]
    public void Render_SecretInput_IsAMaskedTextInputWithoutAValue()
    {
        var card = new Card("Connect HubSpot", [new TextInput("token", "Access token", "pat-na1-should-not-show", Required: true, Kind: InputKind.Secret)]);

        var token = Render(card)["body"]!.AsArray().Single(e => e!["id"]?.GetValue<string>() == "token")!;

        Assert.Equal(("Input.Text", "password"), (token["type"]!.GetValue<string>(), token["style"]!.GetValue<string>()));
        Assert.Null(token["value"]);
        Assert.True(token["isRequired"]!.GetValue<bool>());
    }

    [Fact]
    public void Render_PersonInput_IsTheTeamsPeoplePickerWithTheKnownPeopleFirst()
    {
        var card = new Card("Define a measurable goal",
            [new PersonInput("owner", "Owner", [new Choice("Sam Okafor", "aad-sam"), new Choice("Priya Natarajan", "aad-priya")], "aad-priya")],
            [new CardAction("Save goal", "goal.form.submit")]);

        var json = JsonNode.Parse(JsonSerializer.Serialize(AdaptiveCardRenderer.Render(card, "Define a goal"), TeamsJsonContext.Default.AdaptiveCard))!.AsObject();
        var picker = json["body"]!.AsArray().Single(e => e!["id"]?.GetValue<string>() == "owner")!;

        Assert.Empty(AdaptiveCardSchema.Validate(json));
        Assert.Equal(("Input.ChoiceSet", "filtered", "aad-priya"), (picker["type"]!.GetValue<string>(), picker["style"]!.GetValue<string>(), picker["value"]!.GetValue<string>()));
        Assert.Equal(("Data.Query", "graph.microsoft.com/users"), (picker["choices.data"]!["type"]!.GetValue<string>(), picker["choices.data"]!["dataset"]!.GetValue<string>()));
        Assert.Equal(["aad-sam", "aad-priya"], picker["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()));
    }

    [Fact]
    public void Create_CardMessage_PutsTheTextInSummaryAndFallbackText()
    {
        var activity = Assert.Single(OutgoingActivityFactory.Create(new OutgoingMessage("Confirm your goal", SampleCards.GoalConfirmation())));

        Assert.Equal("message", activity.Type);
        Assert.Null(activity.Text);
        Assert.Equal("Confirm your goal", activity.Summary);
        var attachment = Assert.Single(activity.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        Assert.Equal("Confirm your goal", attachment.Content!.Value.GetProperty("fallbackText").GetString());
    }

    [Fact]
    public void Create_ScorecardOver80KB_IsSplitIntoValidCardsThatKeepEveryRowAndPutTheButtonsLast()
    {
        var card = SampleCards.Scorecard(goals: 2_000);

        var activities = OutgoingActivityFactory.Create(new OutgoingMessage("Scorecard", card));

        Assert.True(activities.Count > 1);
        Assert.All(activities, a => Assert.True(OutgoingActivityFactory.Size(a) <= OutgoingActivityFactory.MaxActivityBytes, $"{OutgoingActivityFactory.Size(a)} bytes"));
        var cards = activities.Select(a => JsonNode.Parse(a.Attachments![0].Content!.Value.GetRawText())!).ToList();
        Assert.All(cards, c => Assert.Empty(AdaptiveCardSchema.Validate(c)));
        var dataRows = cards.Sum(c => c["body"]!.AsArray().Where(e => e!["type"]!.GetValue<string>() == "Table").Sum(t => t!["rows"]!.AsArray().Count - 1));
        Assert.Equal(2_000, dataRows);
        Assert.All(cards.SkipLast(1), c => Assert.Null(c["actions"]));
        Assert.NotNull(cards[^1]["actions"]);
        Assert.EndsWith("(continued)", cards[1]["body"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_HugeText_IsShortenedBelowTheLimit()
    {
        var activity = Assert.Single(OutgoingActivityFactory.Create(new OutgoingMessage(new string('x', 200_000))));

        Assert.True(OutgoingActivityFactory.Size(activity) <= OutgoingActivityFactory.MaxActivityBytes);
        Assert.EndsWith("…", activity.Text, StringComparison.Ordinal);
    }

    private static JsonNode Render(Card card)
        => JsonNode.Parse(JsonSerializer.Serialize(AdaptiveCardRenderer.Render(card, "fallback"), TeamsJsonContext.Default.AdaptiveCard))!;
}
