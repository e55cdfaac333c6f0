using AlignmentBot.Conversations.Cards;

namespace AlignmentBot.Channels.Teams.Tests.Support;

/// <summary>The cards the product draws (as the dialogs will), used to check rendering and the web chat.</summary>
public static class SampleCards
{
    public static Card GoalConfirmation() => new(
        "Grow MQLs to 240 a month by 2027-06-30",
        [
            new TextBlock("Here is the goal as I understood it. Confirm it, or change what is wrong."),
            new FactsBlock([
                new Fact("Metric", "Marketing qualified leads"),
                new Fact("Baseline", "180 a month (last 3 months)"),
                new Fact("Target", "240 a month"),
                new Fact("Deadline", "2027-06-30"),
                new Fact("Owner", "Marco Silva (CMO)"),
            ]),
            new DividerBlock(),
            new TextBlock("Needs about 12% more top-of-funnel leads every month at today's conversion rates.", TextStyle.Subtle),
        ],
        [
            new CardAction("Confirm", "goal.confirm", new Dictionary<string, string> { ["draft"] = "d-42" }, ActionStyle.Primary),
            new CardAction("Change", "goal.change", new Dictionary<string, string> { ["draft"] = "d-42" }),
        ],
        Id: "goal-confirm-d-42");

    public static Card Scorecard(int goals = 4) => new(
        "Scorecard for Northwind Analytics (demo)",
        [
            new TextBlock("**Is marketing working?** Partly: some goals are on track, others need attention.", TextStyle.Heading),
            new TableBlock(
                ["Goal", "Owner", "Now", "Target", "Pace"],
                [.. Enumerable.Range(0, goals).Select(i => (i % 4) switch
                {
                    0 => new TableRow(["Revenue", "Dana Whitfield (CEO)", "$887.1k/q", "$792k/q by 2027-12-31", "ON TRACK"], Tone.Good),
                    1 => new TableRow(["  └ Marketing qualified leads", "Marco Silva (CMO)", "228/m", "240/m by 2027-12-31", "AT RISK"], Tone.Warning),
                    2 => new TableRow(["  └ Lead follow-up time", "Sam Okafor (VP Sales)", "35 h", "24 h by 2026-12-31", "OFF TRACK"], Tone.Attention),
                    _ => new TableRow(["Sales cycle", "Sam Okafor (VP Sales)", "–", "50 days by 2027-12-31", "NO DATA"]),
                })]),
            new TextBlock("Data to 2026-11-22.\nRetention data is stale.", TextStyle.Subtle),
        ],
        [new CardAction("Refresh", "scorecard.refresh")],
        Id: "scorecard");

    public static Card RequestTriage() => new(
        "New request: webinar landing page",
        [
            new TextBlock("From Priya Natarajan: \"Can we get a landing page for the December webinar by Friday?\""),
            new ChoiceInput("goal", "Which goal does it serve?", [
                new Choice("Marketing qualified leads", "g-mql"),
                new Choice("Cost per lead", "g-cpl"),
                new Choice("Revenue", "g-rev"),
                new Choice("None of them (unaligned)", "none"),
            ], Required: true),
            new TextInput("note", "Note for the requester", Placeholder: "optional", Multiline: true),
        ],
        [new CardAction("Log it", "request.triage", new Dictionary<string, string> { ["requestId"] = "r-7" }, ActionStyle.Primary)],
        Id: "triage-r-7");

    public static Card LeadFeedback() => new(
        "Lead: Contoso Ltd. (Jane Doe, VP Operations)",
        [
            new FactsBlock([new Fact("Source", "Webinar: Forecasting 101"), new Fact("MQL since", "2026-11-20")]),
            new ChoiceInput("reason", "If you reject it, why?", [
                new Choice("No budget", "no_budget"),
                new Choice("Wrong fit", "wrong_fit"),
                new Choice("Wrong contact", "wrong_contact"),
                new Choice("Duplicate", "duplicate"),
                new Choice("Not in market", "not_in_market"),
                new Choice("Other", "other"),
            ]),
            new TextInput("detail", "Details", Multiline: true),
        ],
        [
            new CardAction("Accept", "lead.accept", new Dictionary<string, string> { ["leadId"] = "L-1093" }, ActionStyle.Primary),
            new CardAction("Reject", "lead.reject", new Dictionary<string, string> { ["leadId"] = "L-1093" }, ActionStyle.Destructive),
        ],
        Id: "lead-L-1093");

    public static Card SlaConfirmation() => new(
        "Lead agreement (SLA)",
        [
            new FactsBlock([
                new Fact("Marketing delivers", "200 MQLs a month"),
                new Fact("Sales follows up", "within 24 hours"),
                new Fact("Rejections", "always with a reason"),
            ]),
            new TextInput("mqlTarget", "MQLs a month", "200", Required: true, Kind: InputKind.Number),
            new DateInput("starts", "Starts on", new DateOnly(2026, 12, 1), Required: true),
        ],
        [new CardAction("I agree", "sla.confirm", new Dictionary<string, string> { ["slaId"] = "sla-3" }, ActionStyle.Primary)],
        Id: "sla-3");

    public static TheoryData<string> Names => new() { "goal confirmation", "scorecard", "request triage", "lead feedback", "SLA confirmation" };

    public static Card ByName(string name) => name switch
    {
        "goal confirmation" => GoalConfirmation(),
        "scorecard" => Scorecard(),
        "request triage" => RequestTriage(),
        "lead feedback" => LeadFeedback(),
        "SLA confirmation" => SlaConfirmation(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
