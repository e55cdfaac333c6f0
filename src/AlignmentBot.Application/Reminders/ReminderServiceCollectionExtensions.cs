using AlignmentBot.Application.Digests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Application.Reminders;

public static class ReminderServiceCollectionExtensions
{
    /// <summary>
    /// The check-in reminder use cases. The host adds the stores, the scheduling job (AlignmentBot.Scheduling), one
    /// <see cref="Conversations.Turns.IMessageSender"/> and one <see cref="Conversations.Turns.IDirectMessages"/> per channel.
    /// </summary>
    public static IServiceCollection AddReminders(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ReminderOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReminderOptions>, ReminderOptionsValidator>());
        services.TryAddSingleton<DigestSenders>();
        services.TryAddSingleton<ReminderPlanning>();
        services.TryAddSingleton<ReminderDispatcher>();
        return services;
    }

    private sealed class ReminderOptionsValidator : IValidateOptions<ReminderOptions>
    {
        public ValidateOptionsResult Validate(string? name, ReminderOptions options)
        {
            var problems = options.Validate().ToArray();
            return problems.Length == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
