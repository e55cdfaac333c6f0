using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Demo;
using AlignmentBot.Conversations;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Application.Import;
using AlignmentBot.Application.Scorecards;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AlignmentBot.Application;

public static class ApplicationServiceCollectionExtensions
{
    /// <summary>The bot's use cases. Storage and channels are registered by their own projects.</summary>
    public static IServiceCollection AddAlignmentApplication(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddConversationCore();
        services.TryAddSingleton<IBot, AlignmentTurnHandler>();
        services.TryAddSingleton<ImportService>();
        services.TryAddSingleton<ScorecardService>();
        services.TryAddSingleton<DemoSeeder>();
        return services;
    }
}
