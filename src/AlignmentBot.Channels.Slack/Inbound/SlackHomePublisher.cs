using AlignmentBot.Channels.Slack.BlockKit;
using AlignmentBot.Channels.Slack.Forms;
using AlignmentBot.Channels.Slack.WebApi;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Channels.Slack.Inbound;

/// <summary>The App Home tab: the bot's <see cref="IHomeView"/> when one is registered, a short guide otherwise.</summary>
internal sealed class SlackHomePublisher(IServiceScopeFactory scopes, BlockKitRenderer renderer, ISlackFormStore forms, IViewsApi views)
{
    public static readonly IReadOnlyList<Card> DefaultHome =
    [
        new Card(
            "AlignmentBot",
            [
                new TextBlock("I keep leadership, marketing and sales working toward the same measurable goals."),
                new TextBlock("**Try it**\n• `/align is marketing working?` for the scorecard\n• `/align we need more leads` to turn an ask into a measurable goal\n• `/align log a request` to record work that lands on marketing\n• Message me here, or mention me in a channel."),
                new TextBlock("Your goals, the scorecard and your open requests appear here once your team has set them up.", TextStyle.Subtle),
            ]),
    ];

    public async Task PublishAsync(string teamId, UserRef user, CancellationToken cancellationToken)
    {
        IReadOnlyList<Card> cards;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var home = scope.ServiceProvider.GetService<IHomeView>();
            cards = home is null ? DefaultHome : await home.RenderAsync(SlackAddresses.ChannelId, teamId, user, cancellationToken);
        }

        var view = renderer.Home(cards.Count == 0 ? DefaultHome : cards);
        await forms.FlushAsync(cancellationToken);
        await views.PublishAsync(new ViewsPublishRequest(user.Id, view), cancellationToken);
    }
}
