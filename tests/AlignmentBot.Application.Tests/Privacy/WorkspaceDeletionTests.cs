using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Privacy;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Application.Tests.Privacy;

/// <summary>Uninstall: the data is kept for the grace period, a reinstall (or anyone using the bot) cancels the deletion.</summary>
public sealed class WorkspaceDeletionTests
{
    private const string Team = "T-ACME";

    [Fact]
    public async Task Uninstalled_GracePeriodOver_PurgeDeletesTheWorkspace()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SeedDemoAsync(Team);
        var deletions = bot.Services.GetRequiredService<WorkspaceDeletions>();

        await bot.Services.GetRequiredService<IInstallationEvents>().UninstalledAsync(new InstallationChange("slack", Team, "app_uninstalled", bot.Time.GetUtcNow()), default);
        bot.Time.Advance(TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1));
        Assert.Empty(await deletions.PurgeDueAsync(default));
        Assert.NotEmpty(await bot.Services.GetRequiredService<IGoalStore>().ListAsync(new WorkspaceId(Team), default));

        bot.Time.Advance(TimeSpan.FromMinutes(2));
        var purged = Assert.Single(await deletions.PurgeDueAsync(default));

        Assert.Equal(Team, purged.WorkspaceId.Value);
        Assert.Contains(purged.Tables, t => t.Table == "goals" && t.Rows == 7);
        Assert.Empty(await bot.Services.GetRequiredService<IGoalStore>().ListAsync(new WorkspaceId(Team), default));
        Assert.Null(await bot.Services.GetRequiredService<IWorkspaceStore>().GetAsync(new WorkspaceId(Team), default));
        Assert.Empty(await deletions.PendingAsync(default));
    }

    [Fact]
    public async Task Uninstalled_SomeoneUsesTheBotWithinTheGrace_DeletionIsCancelledAndTheHistorySaysSo()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SeedDemoAsync(Team);
        await bot.PersonAsync("U-DANA", "Dana", Role.Leadership, Team);
        var deletions = bot.Services.GetRequiredService<WorkspaceDeletions>();
        await bot.Services.GetRequiredService<IInstallationEvents>().UninstalledAsync(new InstallationChange("slack", Team, "app_uninstalled", bot.Time.GetUtcNow()), default);
        bot.Time.Advance(TimeSpan.FromDays(3));

        await bot.Conversation(user: "U-DANA", name: "Dana", workspace: Team, channel: "slack")
            .User("what changed today?")
            .Bot("Dana in a direct message brought the app back; the scheduled deletion is cancelled");

        Assert.Empty(await deletions.PendingAsync(default));
        bot.Time.Advance(TimeSpan.FromDays(40));
        Assert.Empty(await deletions.PurgeDueAsync(default));
        Assert.NotEmpty(await bot.Services.GetRequiredService<IGoalStore>().ListAsync(new WorkspaceId(Team), default));
    }

    [Fact]
    public async Task Uninstalled_ADeliverySentBeforeTheUninstallArrivesLate_DoesNotCancel()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U-DANA", "Dana", Role.Leadership, Team);
        var uninstalledAt = bot.Time.GetUtcNow();
        await bot.Services.GetRequiredService<IInstallationEvents>().UninstalledAsync(new InstallationChange("slack", Team, "app_uninstalled", uninstalledAt), default);
        bot.Time.Advance(TimeSpan.FromMinutes(5));

        // A retry of a message written a minute before the uninstall.
        await bot.Bot.OnTurnAsync(new IncomingActivity(ActivityKind.Message, "Ev-late", new ConversationAddress("slack", Team, "D01"), new UserRef("U-DANA", "Dana"),
            "hello", uninstalledAt.AddMinutes(-1)), default);

        Assert.Single(await bot.Services.GetRequiredService<WorkspaceDeletions>().PendingAsync(default));
    }

    [Fact]
    public async Task Installed_AfterAnUninstall_CancelsTheDeletion()
    {
        await using var bot = await BotHarness.StartAsync();
        var events = bot.Services.GetRequiredService<IInstallationEvents>();
        await events.UninstalledAsync(new InstallationChange("msteams", Team, "installationUpdate remove", bot.Time.GetUtcNow()), default);
        Assert.Single(await bot.Services.GetRequiredService<WorkspaceDeletions>().PendingAsync(default));

        await events.InstalledAsync(new InstallationChange("msteams", Team, "installationUpdate add", bot.Time.GetUtcNow().AddDays(1)), default);

        Assert.Empty(await bot.Services.GetRequiredService<WorkspaceDeletions>().PendingAsync(default));
    }

    [Fact]
    public async Task RemovedFromOneTeamsConversation_WhileStillInAnother_KeepsTheDataUntilTheLastOneGoes()
    {
        await using var bot = await BotHarness.StartAsync();
        var directory = bot.Services.GetRequiredService<IConversationDirectory>();
        var marketing = new ConversationAddress("msteams", Team, "19:marketing@thread.tacv2", IsGroup: true);
        var sales = new ConversationAddress("msteams", Team, "19:sales@thread.tacv2", IsGroup: true);
        await directory.RememberAsync(marketing, null, bot.Time.GetUtcNow(), default);
        await directory.RememberAsync(sales, null, bot.Time.GetUtcNow(), default);
        var events = bot.Services.GetRequiredService<IInstallationEvents>();
        var deletions = bot.Services.GetRequiredService<WorkspaceDeletions>();

        await events.UninstalledAsync(new InstallationChange("msteams", Team, "installationUpdate remove", bot.Time.GetUtcNow(), marketing.Key), default);
        Assert.Empty(await deletions.PendingAsync(default));
        Assert.Equal([sales], await directory.ListAsync(Team, default));

        await events.UninstalledAsync(new InstallationChange("msteams", Team, "installationUpdate remove", bot.Time.GetUtcNow(), sales.Key), default);
        var pending = Assert.Single(await deletions.PendingAsync(default));
        Assert.Equal((bot.Time.GetUtcNow().AddDays(30), "msteams installationUpdate remove"), (pending.DeleteAfter, pending.Reason));
    }

    [Fact]
    public async Task GracePeriod_IsConfigurable()
    {
        await using var bot = await BotHarness.StartAsync(s => s.Configure<PrivacyOptions>(o => o.UninstallGracePeriod = TimeSpan.FromDays(7)));

        await bot.Services.GetRequiredService<IInstallationEvents>().UninstalledAsync(new InstallationChange("slack", Team, "tokens_revoked", bot.Time.GetUtcNow()), default);

        Assert.Equal(bot.Time.GetUtcNow().AddDays(7), Assert.Single(await bot.Services.GetRequiredService<WorkspaceDeletions>().PendingAsync(default)).DeleteAfter);
    }
}
