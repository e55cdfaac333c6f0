using AlignmentBot.Application.Audit;
using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Commands;
using AlignmentBot.Application.Demo;
using AlignmentBot.Application.Digests;
using AlignmentBot.Application.Dialogs.Goals;
using AlignmentBot.Application.Dialogs.Leads;
using AlignmentBot.Application.Dialogs.Numbers;
using AlignmentBot.Application.Dialogs.Onboarding;
using AlignmentBot.Application.Dialogs.Privacy;
using AlignmentBot.Application.Dialogs.Requests;
using AlignmentBot.Application.Dialogs.Sla;
using AlignmentBot.Application.Home;
using AlignmentBot.Application.Import;
using AlignmentBot.Application.People;
using AlignmentBot.Application.Permissions;
using AlignmentBot.Application.References;
using AlignmentBot.Application.Privacy;
using AlignmentBot.Application.Scorecards;
using AlignmentBot.Application.Understanding;
using AlignmentBot.Conversations;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Dialogs.Prompts;
using AlignmentBot.Conversations.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace AlignmentBot.Application;

public static class ApplicationServiceCollectionExtensions
{
    /// <summary>The bot's use cases, dialogs and language model. Storage and channels are registered by their own projects.</summary>
    public static IServiceCollection AddAlignmentApplication(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddConversationCore();
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section);
        services.AddOptions<PermissionsOptions>().BindConfiguration(PermissionsOptions.Section)
            .Validate(o => o.ReferenceLifetime >= TimeSpan.FromHours(1) && o.ReferenceLifetime <= TimeSpan.FromDays(366), $"{PermissionsOptions.Section}:ReferenceLifetime must be between 01:00:00 and 366.00:00:00 (default 30.00:00:00).")
            .ValidateOnStart();
        services.TryAddSingleton<PermissionGate>();
        services.TryAddSingleton<ActionReferences>();
        services.TryAddSingleton<PersonResolver>();
        services.TryAddSingleton<RoleRequestNotifier>();
        services.TryAddSingleton<RoleService>();
        services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.Section);
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section);
        services.TryAddSingleton<PrivacyGate>();
        services.TryAddSingleton<WorkspaceDeletions>();
        services.Replace(ServiceDescriptor.Singleton<IInstallationEvents>(sp => sp.GetRequiredService<WorkspaceDeletions>()));
        services.TryAddSingleton<ImportService>();
        services.TryAddSingleton<ScorecardService>();
        services.TryAddSingleton<DemoSeeder>();
        services.AddDigests();
        services.TryAddSingleton<Ports.IDigestScheduler, UnscheduledDigests>();

        services.TryAddSingleton<AlignmentLanguage>();
        services.AddHostedService<LanguageWarmUp>();

        services.TryAddSingleton<RequestService>();
        services.TryAddSingleton<LeadFeedbackService>();
        services.TryAddSingleton<Questions.QuestionAnswers>();
        services.TryAddSingleton<Corrections.RecentCorrections>();
        services.TryAddSingleton<SlaService>();
        services.TryAddSingleton<GoalDialog>();
        services.TryAddSingleton<GoalEditDialog>();
        services.TryAddSingleton<OnboardingDialog>();
        services.TryAddSingleton<RunNumbersDialog>();
        services.TryAddSingleton<LogRequestDialog>();
        services.TryAddSingleton<LeadFeedbackDialog>();
        services.TryAddSingleton<SlaDialog>();
        services.TryAddSingleton<ForgetService>();
        services.TryAddSingleton<ForgetDialog>();
        services.TryAddSingleton(sp => new DialogSet()
            .Add(new TextPrompt()).Add(new NumberPrompt()).Add(new MoneyPrompt()).Add(new PercentagePrompt())
            .Add(new DatePrompt()).Add(new ChoicePrompt()).Add(new ConfirmPrompt())
            .Add(sp.GetRequiredService<OnboardingDialog>())
            .Add(sp.GetRequiredService<GoalDialog>())
            .Add(sp.GetRequiredService<GoalEditDialog>())
            .Add(sp.GetRequiredService<RunNumbersDialog>())
            .Add(sp.GetRequiredService<LogRequestDialog>())
            .Add(sp.GetRequiredService<LeadFeedbackDialog>())
            .Add(sp.GetRequiredService<SlaDialog>())
            .Add(sp.GetRequiredService<ForgetDialog>()));

        AddCommand<StatusCommand>(services);
        AddCommand<DefineGoalCommand>(services);
        AddCommand<RunNumbersCommand>(services);
        AddCommand<LogRequestCommand>(services);
        AddCommand<LeadFeedbackCommand>(services);
        AddCommand<SlaCommand>(services);
        AddCommand<CheckInCommand>(services);
        AddCommand<OverlapCommand>(services);
        AddCommand<BudgetCommand>(services);
        AddCommand<DigestCommand>(services);
        AddCommand<AuditCommand>(services);
        AddCommand<ForgetCommand>(services);
        services.TryAddSingleton<GoalFormCommand>();
        services.AddSingleton<ISubmissionHandler>(sp => sp.GetRequiredService<GoalFormCommand>());
        services.TryAddSingleton<GoalEditUndoCommand>();
        services.AddSingleton<ISubmissionHandler>(sp => sp.GetRequiredService<GoalEditUndoCommand>());
        services.TryAddSingleton<RoleButtonsCommand>();
        services.TryAddSingleton<ReminderCardCommand>();
        services.AddSingleton<ISubmissionHandler>(sp => sp.GetRequiredService<ReminderCardCommand>());
        services.AddSingleton<ISubmissionHandler>(sp => sp.GetRequiredService<RoleButtonsCommand>());
        services.TryAddSingleton<IHomeView, AlignmentHomeView>();

        services.TryAddSingleton<IBot, AlignmentTurnHandler>();
        return services;
    }

    private static void AddCommand<T>(IServiceCollection services)
        where T : class, IBotCommand
    {
        services.TryAddSingleton<T>();
        services.AddSingleton<IBotCommand>(sp => sp.GetRequiredService<T>());
        if (typeof(ISubmissionHandler).IsAssignableFrom(typeof(T)))
        {
            services.AddSingleton(sp => (ISubmissionHandler)sp.GetRequiredService<T>());
        }
    }
}
