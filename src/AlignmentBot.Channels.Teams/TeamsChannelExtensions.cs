using AlignmentBot.Channels.Teams.Activities;
using AlignmentBot.Channels.Teams.Authentication;
using AlignmentBot.Channels.Teams.Configuration;
using AlignmentBot.Channels.Teams.Connector;
using AlignmentBot.Channels.Teams.Schema;
using AlignmentBot.Conversations;
using AlignmentBot.Conversations.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Channels.Teams;

public static class TeamsChannelExtensions
{
    public const string MessagesPath = "/api/messages";

    /// <summary>
    /// The Bot Framework channel (Teams and the local web chat): options from the root Microsoft* keys and the
    /// BotFramework section, validated at start-up; the Connector client; the "msteams" <see cref="IMessageSender"/>.
    /// </summary>
    public static IServiceCollection AddTeamsChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddConversationCore();
        services.AddOptions<BotFrameworkOptions>()
            .Configure(o =>
            {
                o.MicrosoftAppId = configuration["MicrosoftAppId"];
                o.MicrosoftAppPassword = configuration["MicrosoftAppPassword"];
                o.MicrosoftAppTenantId = configuration["MicrosoftAppTenantId"];
                var type = configuration["MicrosoftAppType"];
                if (!string.IsNullOrWhiteSpace(type))
                {
                    o.MicrosoftAppType = Enum.TryParse<BotAppType>(type, ignoreCase: true, out var parsed)
                        ? parsed
                        : throw new OptionsValidationException(nameof(BotFrameworkOptions), typeof(BotFrameworkOptions), [$"MicrosoftAppType '{type}' is not MultiTenant, SingleTenant or UserAssignedMSI."]);
                }

                configuration.GetSection(BotFrameworkOptions.Section).Bind(o);
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>());
        services.AddOptions<ConnectorRetryOptions>()
            .Bind(configuration.GetSection(ConnectorRetryOptions.Section))
            .Validate(o => o.MaxRetries >= 0 && o.BaseDelay > TimeSpan.Zero && o.MaxDelay >= o.BaseDelay && o.Timeout >= TimeSpan.FromSeconds(1) && o.AttemptTimeout >= TimeSpan.FromSeconds(1),
                $"{ConnectorRetryOptions.Section}: MaxRetries 0 or more, BaseDelay positive, MaxDelay at least BaseDelay, Timeout and AttemptTimeout at least 00:00:01 (defaults 20, 00:00:02, 00:00:20, 00:02:00, 00:00:30).")
            .ValidateOnStart();
        services.AddOptions<ConnectorPacingOptions>()
            .Bind(configuration.GetSection(ConnectorPacingOptions.Section))
            .Validate(o => o.PerTenantPerSecond is >= 0 and <= ConnectorPacingOptions.MaxPerTenantPerSecond, $"{ConnectorPacingOptions.Section}:PerTenantPerSecond must be between 0 (off) and {ConnectorPacingOptions.MaxPerTenantPerSecond} (default {ConnectorPacingOptions.DefaultPerTenantPerSecond}).")
            .Validate(o => o.HeadroomPercent is >= 0 and <= ConnectorPacingOptions.MaxHeadroomPercent, $"{ConnectorPacingOptions.Section}:HeadroomPercent must be between 0 and {ConnectorPacingOptions.MaxHeadroomPercent} (default {ConnectorPacingOptions.DefaultHeadroomPercent}).")
            .ValidateOnStart();
        services.TryAddSingleton<ConnectorPacer>();
        services.TryAddSingleton<ServiceUrlPolicy>();

        services.AddHttpClient(OpenIdKeyCache.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddHttpClient(ConnectorTokenProvider.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(15));
        // Every reply goes through this client. The factory's per-request logging handlers cost ~4% of the CPU of a
        // message even with their category at Warning; the resilience handler logs retries and ConnectorClient failures.
        // Timeouts are the resilience handler's (per attempt and in total), not the client's.
        services.TryAddTransient<ConnectorAttemptHandler>();
        services.AddHttpClient<ConnectorClient>(c => c.Timeout = Timeout.InfiniteTimeSpan).RemoveAllLoggers().AddConnectorResilience();

        services.TryAddSingleton<OpenIdKeyCache>();
        services.TryAddSingleton<BotFrameworkAuthenticator>();
        services.TryAddSingleton<ConnectorTokenProvider>();
        services.TryAddSingleton<TurnDelivery>();

        // Files in a personal chat: exports offered with a consent card, CSVs people send downloaded. Pre-authorised URLs,
        // so no token travels and no redirect is followed.
        services.AddHttpClient(Files.FileConsentHandler.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(60))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.TryAddSingleton<Files.TeamsFileOffers>();
        services.TryAddSingleton<Files.FileConsentHandler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISharedFileSource, Files.TeamsFileSource>());
        services.TryAddSingleton<TeamsMemberDirectory>();
        services.TryAddSingleton<InstallationUpdates>();
        services.TryAddSingleton<FirstDelivery>();
        services.TryAddSingleton<MessagesEndpoint>();
        // Work the endpoint queues: a turn acknowledged with 200, and the replies that follow an Action.Execute answer
        // (also what a queued turn stores before delivering). The names are stored in the inbox: never rename one.
        services.TryAddSingleton<QueuedTurnHandler>();
        services.AddTurnWork<TurnRequest<TeamsReply>, QueuedTurnHandler>("teams.turn", TeamsJsonContext.Default.TurnRequestTeamsReply);
        services.TryAddSingleton<ITurnWorkHandler<PendingDelivery<TeamsReply>>>(sp => new PendingDeliveryHandler<TeamsReply>(sp.GetRequiredService<ITurnRunner>(), sp.GetRequiredService<TurnDelivery>()));
        services.AddTurnWorkType("teams.answer", TeamsJsonContext.Default.PendingDeliveryTeamsReply);
        services.TryAddSingleton(sp => new TeamsMessageSender(sp.GetRequiredService<ConnectorClient>(), sp.GetRequiredService<IOptions<BotFrameworkOptions>>(), sp.GetRequiredService<ILogger<TeamsMessageSender>>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMessageSender, TeamsMessageSender>(sp => sp.GetRequiredService<TeamsMessageSender>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDirectMessages, TeamsMessageSender>(sp => sp.GetRequiredService<TeamsMessageSender>()));
        return services;
    }

    /// <summary>POST /api/messages, and a start-up line saying whether it is open to the world or to this machine only.</summary>
    public static IEndpointRouteBuilder MapTeamsChannel(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
        var logger = app.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("AlignmentBot.Channels.Teams");
        if (options.AuthenticationEnabled)
        {
            logger.LogInformation("Bot Framework endpoint {Path}: app {AppId} ({AppType}); every request needs a valid Bot Connector token, and Connector calls go only to {ServiceUrlHosts}", MessagesPath, options.MicrosoftAppId, options.MicrosoftAppType, string.Join(", ", options.EffectiveAllowedServiceUrlHosts));
        }
        else
        {
            logger.LogWarning("Bot Framework endpoint {Path}: no MicrosoftAppId configured, so authentication is OFF and only callers on this machine (loopback, not proxied, Host localhost) are accepted, all in workspace '{Workspace}', with replies to this machine only. Set MicrosoftAppId and MicrosoftAppPassword to connect Teams.", MessagesPath, ActivityMapper.LocalWorkspace);
        }

        app.MapPost(MessagesPath, (HttpContext context, MessagesEndpoint endpoint) => endpoint.HandleAsync(context));
        return app;
    }
}
