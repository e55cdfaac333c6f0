using AlignmentBot.Application.Audit;
using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Commands;
using AlignmentBot.Application.Demo;
using AlignmentBot.Application.Digests;
using AlignmentBot.Application.Dialogs.Files;
using AlignmentBot.Application.Dialogs.Goals;
using AlignmentBot.Application.Exports;
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
using AlignmentBot.Application.Reminders;
using AlignmentBot.Application.Privacy;
using AlignmentBot.Application.Scorecards;
using AlignmentBot.Application.Sync;
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
        services.AddOptions<FileImportOptions>().BindConfiguration(FileImportOptions.Section)
            .Validate(o => o.MaxImportBytes is >= 1024 and <= 100 * 1024 * 1024, $"{FileImportOptions.Section}:MaxImportBytes must be between 1024 and 104857600 (default {FileImportOptions.DefaultMaxImportBytes}).")
            .ValidateOnStart();
        services.TryAddSingleton<FileImports>();
        services.TryAddSingleton<FileImportDialog>();
        services.TryAddSingleton<ExportService>();
        services.TryAddSingleton<ScorecardService>();
        services.TryAddSingleton<DemoSeeder>();
        services.AddDigests();
        services.AddReminders();
        services.TryAddSingleton<Ports.IDigestScheduler, UnscheduledDigests>();

        // CRM sync: the use case and its chat command; the CRM clients come from AlignmentBot.Integrations.Crm, the
        // stores and the secret protector from storage, and the scheduler replaces the inline trigger.
        services.AddOptions<CrmSyncOptions>().BindConfiguration(CrmSyncOptions.Section);
        services.TryAddSingleton<CrmConnections>();
        services.TryAddSingleton<CrmSyncService>();
        services.TryAddSingleton<Ports.ICrmSyncTrigger, InlineCrmSyncTrigger>();

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
        services.TryAddSingleton<Dialogs.Budget.BudgetDialog>();
        services.TryAddSingleton(sp => new DialogSet()
            .Add(new TextPrompt()).Add(new NumberPrompt()).Add(new MoneyPrompt()).Add(new PercentagePrompt())
            .Add(new DatePrompt()).Add(new ChoicePrompt()).Add(new RolePrompt()).Add(new RequestGoalPrompt()).Add(new ConfirmPrompt())
            .Add(sp.GetRequiredService<OnboardingDialog>())
            .Add(sp.GetRequiredService<GoalDialog>())
            .Add(sp.GetRequiredService<GoalEditDialog>())
            .Add(sp.GetRequiredService<RunNumbersDialog>())
            .Add(sp.GetRequiredService<LogRequestDialog>())
            .Add(sp.GetRequiredService<LeadFeedbackDialog>())
            .Add(sp.GetRequiredService<SlaDialog>())
            .Add(sp.GetRequiredService<ForgetDialog>())
            .Add(sp.GetRequiredService<Dialogs.Budget.BudgetDialog>())
            .Add(sp.GetRequiredService<FileImportDialog>()));

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
        AddCommand<SyncCommand>(services);
        AddCommand<AuditCommand>(services);
        AddCommand<ForgetCommand>(services);
        services.TryAddSingleton<Workspaces.WorkspaceSettingsService>();
        AddCommand<SettingsCommand>(services);
        AddCommand<GoalHistoryCommand>(services);
        AddCommand<ReminderChatCommand>(services);
        AddCommand<ExportCommand>(services);
        services.TryAddSingleton<GoalFormCommand>();
        services.AddSingleton<ISubmissionHandler>(sp => sp.GetRequiredService<GoalFormCommand>());
        services.TryAddSingleton<Goals.GoalChangeUndo>();
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
