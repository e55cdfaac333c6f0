using AlignmentBot.Application.Ports;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Scheduling.Tests.Support;
using AlignmentBot.Storage;
using AlignmentBot.Storage.Sql;
using AlignmentBot.Storage.Stores;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace AlignmentBot.Scheduling.Tests.Reminders;

/// <summary>
/// One host process as the web host runs the reminders: storage on the given database, Quartz with the reminder job,
/// a fake Slack sender and conversations.open, driven by a fake clock. Start another on the same database for a second
/// instance or a restart. <paramref name="dying"/> plays a process killed right after each post reached Slack.
/// </summary>
internal sealed class ReminderSchedulerHost : QuartzTestHost
{
    private ReminderSchedulerHost(IHost host, FakeSender slack)
        : base(host)
    {
        Slack = slack;
    }

    public FakeSender Slack { get; }

    public static async Task<ReminderSchedulerHost> StartAsync(IDbConnectionFactory connections, FakeTimeProvider time, Action<DigestJobStoreBuilder> jobs,
        DyingReminderStore? dying = null, Dictionary<string, string?>? settings = null)
    {
        var slack = new FakeSender("slack");
        var host = await StartHostAsync(time, settings,
            storage: services =>
            {
                services.AddAlignmentStorage(s => s.UseConnectionFactory(connections, sharedByInstances: true));
                if (dying is not null)
                {
                    services.AddSingleton<IReminderStore>(dying);
                }
            },
            jobs,
            senders: services =>
            {
                services.AddSingleton<IMessageSender>(slack);
                services.AddSingleton<IDirectMessages>(new ReminderHarness.FakeOpener());
            });
        return new ReminderSchedulerHost(host, slack);
    }

    /// <summary>How many times this host's scheduler fired the reminder job.</summary>
    public async Task<int> TimesFiredAsync()
        => await (await SchedulerAsync()).GetTrigger(ReminderSchedulerStartup.Trigger) is ISimpleTrigger { TimesTriggered: var n } ? n : 0;
}

/// <summary>
/// The reminder store of a process that is killed right after the platform accepted a message: the claim is written,
/// the post lands, the "sent" record never is. After <paramref name="claimsBeforeDeath"/> claims the process is gone and
/// claims nothing more.
/// </summary>
internal sealed class DyingReminderStore(IDbConnectionFactory connections, int claimsBeforeDeath) : IReminderStore
{
    private readonly SqlReminderStore _inner = new(connections);
    private int _claims;

    public Task<IReadOnlyList<Application.Reminders.ReminderDelivery>> ListDeliveriesAsync(Domain.Workspaces.WorkspaceId workspaceId, string fromPeriodKey, CancellationToken cancellationToken)
        => _inner.ListDeliveriesAsync(workspaceId, fromPeriodKey, cancellationToken);

    public Task<bool> TryClaimAsync(Application.Reminders.ReminderDelivery claim, CancellationToken cancellationToken)
        => Interlocked.Increment(ref _claims) > claimsBeforeDeath ? throw new ProcessDied() : _inner.TryClaimAsync(claim, cancellationToken);

    public Task<bool> CompleteAsync(Application.Reminders.ReminderDelivery completed, string claimedBy, CancellationToken cancellationToken) => throw new ProcessDied();

    public Task<bool> ReleaseAsync(Application.Reminders.ReminderDelivery claim, string claimedBy, CancellationToken cancellationToken) => throw new ProcessDied();

    public Task<int> MarkStaleSendingUncertainAsync(Domain.Workspaces.WorkspaceId workspaceId, DateTimeOffset claimedBefore, DateTimeOffset now, CancellationToken cancellationToken)
        => _inner.MarkStaleSendingUncertainAsync(workspaceId, claimedBefore, now, cancellationToken);

    public Task<int> MarkAnsweredAsync(Domain.Workspaces.WorkspaceId workspaceId, Domain.Goals.GoalId goalId, string periodKey, DateTimeOffset now, CancellationToken cancellationToken)
        => _inner.MarkAnsweredAsync(workspaceId, goalId, periodKey, now, cancellationToken);

    public Task<IReadOnlyList<Domain.Reminders.ReminderPreferences>> ListPreferencesAsync(Domain.Workspaces.WorkspaceId workspaceId, CancellationToken cancellationToken)
        => _inner.ListPreferencesAsync(workspaceId, cancellationToken);

    public Task SavePreferencesAsync(Domain.Workspaces.WorkspaceId workspaceId, Domain.Reminders.ReminderPreferences preferences, DateTimeOffset now, CancellationToken cancellationToken)
        => _inner.SavePreferencesAsync(workspaceId, preferences, now, cancellationToken);

    public Task<IReadOnlyList<Domain.Reminders.PeriodAnswer>> ListAnswersAsync(Domain.Workspaces.WorkspaceId workspaceId, string fromPeriodKey, CancellationToken cancellationToken)
        => _inner.ListAnswersAsync(workspaceId, fromPeriodKey, cancellationToken);

    public Task SaveAnswerAsync(Domain.Workspaces.WorkspaceId workspaceId, Domain.Reminders.PeriodAnswer answer, DateTimeOffset now, CancellationToken cancellationToken)
        => _inner.SaveAnswerAsync(workspaceId, answer, now, cancellationToken);

    public sealed class ProcessDied : Exception;
}
