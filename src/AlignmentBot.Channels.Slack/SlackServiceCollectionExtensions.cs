using AlignmentBot.Channels.Slack.BlockKit;
using AlignmentBot.Channels.Slack.Delivery;
using AlignmentBot.Channels.Slack.Forms;
using AlignmentBot.Channels.Slack.Inbound;
using AlignmentBot.Channels.Slack.Inbound.Interactions;
using AlignmentBot.Channels.Slack.SocketMode;
using AlignmentBot.Channels.Slack.WebApi;
using AlignmentBot.Conversations;
using AlignmentBot.Conversations.State;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Channels.Slack;

public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// The Slack channel: options from the "Slack" section (validated at start-up), the Web API client, the
    /// /slack/events handlers, Socket Mode when an app token is set, and the "slack" <see cref="IMessageSender"/>.
    /// With no bot token everything is registered but idle, so the host still starts with no configuration.
    /// Defaults use TryAdd so hosts and tests can replace them.
    /// </summary>
    public static IServiceCollection AddSlackChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddConversationCore();
        services.AddOptions<SlackOptions>().Bind(configuration.GetSection(SlackOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>());
        // Every reply goes through this client; the factory's per-request logging handlers cost ~4% of an event's CPU even
        // at Warning. SlackApiClient logs rate limits and failures itself, with Slack's error code.
        services.AddHttpClient(SlackApiClient.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(15)).RemoveAllLoggers();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SlackRateLimiter>();
        services.TryAddSingleton<SlackApiClient>();
        services.TryAddSingleton<IAuthApi>(sp => sp.GetRequiredService<SlackApiClient>());
        services.TryAddSingleton<IChatApi>(sp => sp.GetRequiredService<SlackApiClient>());
        services.TryAddSingleton<IViewsApi>(sp => sp.GetRequiredService<SlackApiClient>());
        services.TryAddSingleton<IConversationsApi>(sp => sp.GetRequiredService<SlackApiClient>());
        services.TryAddSingleton<IUsersApi>(sp => sp.GetRequiredService<SlackApiClient>());
        services.TryAddSingleton<IAppsConnectionsApi>(sp => sp.GetRequiredService<SlackApiClient>());
        services.TryAddSingleton<ResponseUrlClient>();

        // Forms parked behind buttons: shared through the database when instances share one, in memory otherwise.
        services.TryAddSingleton<ISlackFormStore>(sp => sp.GetService<ISharedItemStore>() is { } shared
            ? ActivatorUtilities.CreateInstance<SharedSlackFormStore>(sp, shared)
            : ActivatorUtilities.CreateInstance<MemorySlackFormStore>(sp));
        services.TryAddSingleton<BlockKitRenderer>();
        services.TryAddSingleton<SlackIdentity>();
        services.TryAddSingleton<SlackUserDirectory>();
        services.TryAddSingleton<SlackReplyDelivery>();
        services.TryAddSingleton<SlackHomePublisher>();
        services.TryAddSingleton<SlackEventHandler>();
        services.TryAddSingleton<SlackCommandHandler>();
        services.TryAddSingleton<SlackBlockActionHandler>();
        services.TryAddSingleton<SlackOpenFormHandler>();
        services.TryAddSingleton<SlackViewSubmissionHandler>();
        services.TryAddSingleton<SlackMessageShortcutHandler>();
        services.TryAddSingleton<SlackInteractionDispatcher>();
        services.TryAddSingleton<SlackHttpEndpoint>();

        // What the handlers queue, and who does it when a worker takes it.
        AddWork<SlackEventWork, SlackEventHandler>(services);
        AddWork<SlackCommandWork, SlackCommandHandler>(services);
        AddWork<SlackBlockActionWork, SlackBlockActionHandler>(services);
        AddWork<SlackOpenFormWork, SlackOpenFormHandler>(services);
        AddWork<SlackShortcutWork, SlackMessageShortcutHandler>(services);
        AddWork<SlackLateSubmissionWork, SlackViewSubmissionHandler>(services);
        services.TryAddSingleton<ITurnWorkHandler<PendingDelivery<ReplyContext>>>(sp => new PendingDeliveryHandler<ReplyContext>(sp.GetRequiredService<ITurnRunner>(), sp.GetRequiredService<SlackReplyDelivery>()));

        services.TryAddSingleton<SocketModeTuning>();
        services.TryAddSingleton<SocketEnvelopeDispatcher>();
        services.AddHostedService<SocketModeService>();
        services.AddHostedService<SlackStartupReport>();

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMessageSender, SlackMessageSender>());
        return services;
    }

    private static void AddWork<TWork, THandler>(IServiceCollection services)
        where TWork : ITurnWork
        where THandler : class, ITurnWorkHandler<TWork>
        => services.TryAddSingleton<ITurnWorkHandler<TWork>>(sp => sp.GetRequiredService<THandler>());
}
