using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Application.Digests;

public static class DigestServiceCollectionExtensions
{
    /// <summary>
    /// The digest use cases. The host adds the stores (AlignmentBot.Storage), an <see cref="Ports.IDigestScheduler"/>
    /// (AlignmentBot.Scheduling) and one <see cref="Conversations.Turns.IMessageSender"/> per channel.
    /// </summary>
    public static IServiceCollection AddDigests(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<DigestOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DigestOptions>, DigestOptionsValidator>());
        services.TryAddSingleton<DigestBuilder>();
        services.TryAddSingleton<DigestSenders>();
        services.TryAddSingleton<ConversationLocks>();
        services.TryAddSingleton<DigestPoster>();
        services.TryAddSingleton<DigestDispatcher>();
        services.TryAddSingleton<DigestSubscriptions>();
        return services;
    }

    private sealed class DigestOptionsValidator : IValidateOptions<DigestOptions>
    {
        public ValidateOptionsResult Validate(string? name, DigestOptions options)
        {
            var problems = options.Validate().ToArray();
            return problems.Length == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
