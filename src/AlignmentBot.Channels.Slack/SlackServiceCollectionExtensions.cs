using AlignmentBot.Channels.Slack.BlockKit;
using AlignmentBot.Channels.Slack.Delivery;
using AlignmentBot.Channels.Slack.Forms;
using AlignmentBot.Channels.Slack.Inbound;
using AlignmentBot.Channels.Slack.Inbound.Interactions;
using AlignmentBot.Channels.Slack.Json;
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
        // Timeouts are the resilience handler's (per attempt and in total), not the client's.
        services.AddHttpClient(SlackApiClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan).RemoveAllLoggers().AddSlackResilience();

        // Shared files: the bot token goes with each request, so redirects are followed by hand, to Slack only.
        services.AddHttpClient(SlackFileSource.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(60))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false }).RemoveAllLoggers();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISharedFileSource, SlackFileSource>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SlackRateLimiter>();
        services.TryAddSingleton<SlackApiClient>();
        services.TryAddSingleton<IAuthApi>(sp => sp.GetRequiredService<SlackApiClient>());
        services.TryAddSingleton<IChatApi>(sp => sp.GetRequiredService<SlackApiClient>());
        services.TryAddSingleton<IViewsApi>(sp => sp.GetRequiredService<SlackApiClient>());
        services.TryAddSingleton<IConversationsApi>(sp => sp.GetRequiredService<SlackApiClient>());
        services.TryAddSingleton<IUsersApi>(sp => sp.GetRequiredService<SlackApiClient>());
        services.TryAddSingleton<IAppsConnectionsApi>(sp => sp.GetRequiredService<SlackApiClient>());
        services.TryAddSingleton<IFilesApi>(sp => sp.GetRequiredService<SlackApiClient>());
        services.TryAddSingleton<ResponseUrlClient>();

        // Forms parked behind buttons: shared through the database when instances share one, in memory otherwise.
        services.TryAddSingleton<ISlackFormStore>(sp => sp.GetService<ISharedItemStore>() is { } shared
            ? ActivatorUtilities.CreateInstance<SharedSlackFormStore>(sp, shared)
            : ActivatorUtilities.CreateInstance<MemorySlackFormStore>(sp));
        services.TryAddSingleton<BlockKitRenderer>();
        services.TryAddSingleton<SlackIdentity>();
        services.TryAddSingleton<SlackUserDirectory>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPlatformDirectory, SlackPlatformDirectory>());
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

        // What the handlers queue, who does it when a worker takes it, and the name and JSON it is recorded under in
        // the inbox. The names are stored with each row: never rename one.
        var json = SlackJsonContext.Default;
        services.AddTurnWork<SlackEventWork, SlackEventHandler>("slack.event", json.SlackEventWork);
        services.AddTurnWork<SlackCommandWork, SlackCommandHandler>("slack.command", json.SlackCommandWork);
        services.AddTurnWork<SlackBlockActionWork, SlackBlockActionHandler>("slack.action", json.SlackBlockActionWork);
        services.AddTurnWork<SlackOpenFormWork, SlackOpenFormHandler>("slack.open-form", json.SlackOpenFormWork);
        services.AddTurnWork<SlackShortcutWork, SlackMessageShortcutHandler>("slack.shortcut", json.SlackShortcutWork);
        services.AddTurnWork<SlackLateSubmissionWork, SlackViewSubmissionHandler>("slack.late-submission", json: null);
        services.TryAddSingleton<ITurnWorkHandler<PendingDelivery<ReplyContext>>>(sp => new PendingDeliveryHandler<ReplyContext>(sp.GetRequiredService<ITurnRunner>(), sp.GetRequiredService<SlackReplyDelivery>()));
        services.AddTurnWorkType("slack.answer", json.PendingDeliveryReplyContext);

        services.TryAddSingleton<SocketModeTuning>();
        services.TryAddSingleton<SocketEnvelopeDispatcher>();
        services.AddHostedService<SocketModeService>();
        services.AddHostedService<SlackStartupReport>();

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMessageSender, SlackMessageSender>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDirectMessages, SlackDirectMessages>());
        return services;
    }
}
