using AlignmentBot.Application.Ports;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Application.Tests.Permissions;

/// <summary>Guests and people from other organisations see and change nothing of the workspace's, and are told so politely.</summary>
public sealed class GuestTests
{
    private const string Acme = "T0ACME";

    [Theory]
    [InlineData(UserStanding.Guest, "you're a guest in Northwind Analytics (demo)")]
    [InlineData(UserStanding.External, "you're from another organisation")]
    [InlineData(UserStanding.Unverified, "couldn't check your membership")]
    public async Task AnyCommandOrButton_FromSomeoneNotAMember_IsRefusedPolitelyAndChangesNothing(UserStanding standing, string told)
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SeedDemoAsync(Acme);
        var outsider = bot.Conversation("U0GUEST", "Gus", Acme, "C0SHARED", isGroup: true, standing: standing);

        await outsider
            .User("is marketing working?").Bot(told).NoMoreReplies()
            .User("I'm in sales now").Bot(told)
            .User("MQLs this week: 999").Bot(told)
            .User("send the weekly digest here every Monday at 9").Bot(told)
            .Submit(Application.Dialogs.Verbs.ShowStatus).Bot(told)
            .User("help").Bot("Here's what I can do").Bot(told);

        var workspace = new WorkspaceId(Acme);
        Assert.Null(await bot.Services.GetRequiredService<IWorkspaceStore>().GetPersonAsync(workspace, "U0GUEST", default));
        Assert.Empty(await bot.Services.GetRequiredService<IRoleRequestStore>().ListPendingAsync(workspace, default));
        Assert.Empty(await bot.Services.GetRequiredService<IDigestSubscriptionStore>().ListAsync(workspace, default));
        var year = new Domain.Common.DateRange(new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31));
        Assert.DoesNotContain(await bot.Services.GetRequiredService<IMeasurementStore>().ListAsync(workspace, year, null, default), m => m.Value == 999);
    }

    [Fact]
    public async Task Guest_WhoIsAlsoAConfiguredAdmin_IsStillNotAnAdmin()
    {
        await using var bot = await BotHarness.StartAsync(services => services.Configure<Application.Permissions.PermissionsOptions>(o => o.Admins[Acme] = ["U0GUEST"]));
        await bot.PersonAsync("U0MARCO", "Marco", null, Acme, platform: Platform.Slack);

        await bot.Conversation("U0GUEST", "Gus", Acme, "D0GUEST", standing: UserStanding.Guest)
            .User("make Marco the marketing lead")
            .Bot("you're a guest");

        Assert.Null((await bot.Services.GetRequiredService<IWorkspaceStore>().GetPersonAsync(new WorkspaceId(Acme), "U0MARCO", default))!.Role);
    }

    [Fact]
    public async Task HomeView_ForAGuest_ShowsNothingOfTheWorkspace()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SeedDemoAsync(Acme);
        var home = bot.Services.GetRequiredService<IHomeView>();

        var guest = await home.RenderAsync("slack", Acme, new UserRef("U0GUEST", "Gus") { Standing = UserStanding.External }, default);
        var member = await home.RenderAsync("slack", Acme, new UserRef("demo-marco", "Marco"), default);

        Assert.Equal("home-guest", Assert.Single(guest).Id);
        Assert.Contains(member, c => c.Id == "scorecard");
    }
}
