using System.Collections.Concurrent;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Reminders;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Goals;
using AlignmentBot.Domain.Measurements;
using AlignmentBot.Domain.Metrics;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Scheduling.Tests.Support;
using AlignmentBot.Storage;
using AlignmentBot.Storage.Sql;
using AlignmentBot.Storage.Stores;
using AlignmentBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AlignmentBot.Scheduling.Tests.Reminders;

/// <summary>
/// The reminder use cases as the host wires them, on a database (SQLite, or PostgreSQL when given) with a fake clock, a fake
/// Slack sender and a fake conversations.open, without Quartz. <see cref="Restart"/> is a new process over the same database.
/// </summary>
internal sealed class ReminderHarness : IAsyncDisposable
{
    public static readonly WorkspaceId Acme = new("T-ACME");

    /// <summary>Monday 7 Dec 2026, 10:00 in Berlin: the asks for the week of 30 Nov are due.</summary>
    public static readonly DateTimeOffset MondayTen = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    private readonly TempSqliteDatabase? _owned;

    private ReminderHarness(IDbConnectionFactory connections, FakeTimeProvider time, TempSqliteDatabase? owned, FakeSender? slack = null)
    {
        Connections = connections;
        Time = time;
        _owned = owned;
        Slack = slack ?? new FakeSender("slack");
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(time);
        services.AddAlignmentStorage(s => s.UseConnectionFactory(connections));
        services.AddReminders();
        services.AddSingleton<IMessageSender>(Slack);
        services.AddSingleton<IDirectMessages>(Opener);
        Services = services.BuildServiceProvider();
    }

    public IDbConnectionFactory Connections { get; }

    public FakeTimeProvider Time { get; }

    public FakeSender Slack { get; }

    public FakeOpener Opener { get; } = new();

    public ServiceProvider Services { get; }

    public ReminderDispatcher Dispatcher => Services.GetRequiredService<ReminderDispatcher>();

    public IReminderStore Store => Services.GetRequiredService<IReminderStore>();

    public static async Task<ReminderHarness> CreateAsync(IDbConnectionFactory? connections = null)
    {
        TempSqliteDatabase? owned = null;
        if (connections is null)
        {
            owned = await new TempSqliteDatabase().MigratedAsync();
            connections = owned.Connections;
        }

        var harness = new ReminderHarness(connections, new FakeTimeProvider(MondayTen), owned);
        var workspaces = new SqlWorkspaceStore(connections);
        await workspaces.SaveAsync(new Workspace(Acme, Platform.Slack, "Acme", "Europe/Berlin"), default);
        await workspaces.SavePersonAsync(new Person(Acme, "U-MARIA", "Maria", Role.Marketer, "Europe/Berlin"), default);
        await workspaces.SavePersonAsync(new Person(Acme, "U-PRIYA", "Priya", Role.MarketingLead, "Europe/Berlin"), default);
        await workspaces.SavePersonAsync(new Person(Acme, "U-CEO", "Dana", Role.Leadership, "Europe/Berlin"), default);
        return harness;
    }

    /// <summary>A new process on the same database and clock: nothing in memory survives.</summary>
    public ReminderHarness Restart() => new(Connections, Time, null, Slack);

    /// <summary>An active weekly goal owned by <paramref name="owner"/>, with numbers in every week up to Sunday 29 Nov.</summary>
    public async Task<Goal> GoalAsync(MetricKey metric, string owner, DateOnly? numbersUntil = null, WorkspaceId? workspace = null)
    {
        var ws = workspace ?? Acme;
        var goal = new Goal(GoalId.New(), ws, "more pipeline", metric, null, 100, Direction.Increase, PeriodKind.Week, new DateOnly(2026, 11, 2), new DateOnly(2027, 3, 31),
            Cadence.Weekly, owner, Audience.Marketing, GoalStatus.Active, MondayTen.AddDays(-40), "U-CEO", owner);
        await new SqlGoalStore(Connections).SaveAsync(ws, [goal], default);
        var last = numbersUntil ?? new DateOnly(2026, 11, 29);
        var weeks = new List<Measurement>();
        for (var end = last; end >= goal.StartDate; end = end.AddDays(-7))
        {
            weeks.Add(Number(metric, end.AddDays(-6)) with { WorkspaceId = ws });
        }

        await new SqlMeasurementStore(Connections).AddAsync(ws, weeks, default);
        return goal;
    }

    public static Measurement Number(MetricKey metric, DateOnly weekStart, MeasurementSource source = MeasurementSource.CheckIn)
        => new(Guid.NewGuid(), Acme, metric, 40, new DateRange(weekStart, weekStart.AddDays(6)), source, Breakdown.None, MondayTen.AddDays(-1), "U-MARIA");

    public async Task<IReadOnlyList<ReminderDelivery>> DeliveriesAsync() => await Store.ListDeliveriesAsync(Acme, "2026-01-01", default);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        _owned?.Dispose();
    }

    /// <summary>conversations.open as Slack answers it: the DM channel "D" + the user id.</summary>
    internal sealed class FakeOpener : IDirectMessages
    {
        public ConcurrentQueue<string> Opened { get; } = new();

        public string ChannelId => "slack";

        public Task<ConversationAddress?> OpenAsync(string workspaceId, string userId, string? addressId, ConversationAddress? near, CancellationToken cancellationToken)
        {
            Opened.Enqueue(userId);
            return Task.FromResult<ConversationAddress?>(new ConversationAddress("slack", workspaceId, "D" + userId, IsGroup: false));
        }
    }
}
