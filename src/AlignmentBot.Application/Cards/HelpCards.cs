using AlignmentBot.Application.Dialogs;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;

namespace AlignmentBot.Application.Cards;

public static class HelpCards
{
    public static readonly (string What, string Example)[] Capabilities =
    [
        ("See whether marketing is working (the scorecard)", "is marketing working?"),
        ("Turn a vague ask into a measurable goal", "we need 200 MQLs a month"),
        ("Run the numbers before promising", "is 150 SQLs a month realistic?"),
        ("Log a request and tie it to a goal", "the CEO wants a new brochure by Friday, $2k"),
        ("Accept or reject a lead, with the reason", "reject lead 4512: no budget"),
        ("See or propose the sales–marketing lead agreement", "propose an SLA: 200 MQLs a month, follow-up within 24 hours"),
        ("Check in a number", "MQLs this week: 42"),
        ("Compare who marketing and sales reach", "do marketing and sales reach the same accounts?"),
        ("Check the marketing budget against the 4–8% benchmark", "are we spending enough on marketing?"),
        ("Get a weekly digest in this channel", "send the weekly digest here every Monday at 9"),
    ];

    public static OutgoingMessage Help(string? intro = null)
    {
        var lines = Capabilities.Select(c => $"• {c.What}: \"{c.Example}\"").ToList();
        var text = (intro ?? "Here's what I can do. Just write it the way you'd say it:") + "\n" + string.Join("\n", lines) +
                   "\nIn the middle of anything, say \"cancel\" or \"start over\". I keep your place if you get interrupted.";
        var card = new Card("What I can do", [new TextBlock(intro ?? "Write it the way you'd say it. Examples:"), new FactsBlock(Capabilities.Select(c => new Fact(c.What, $"\"{c.Example}\"")).ToArray()),
            new TextBlock("In the middle of anything: \"cancel\" or \"start over\".", TextStyle.Subtle)],
            [new CardAction("Show the scorecard", Verbs.ShowStatus), new CardAction("Define a goal", Verbs.StartGoal)], "help");
        return new OutgoingMessage(text, card);
    }
}
