using AlignmentBot.Application.Ports;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Application.Tests.Permissions;

/// <summary>Roles are given by admins; what people say about themselves is a request an admin approves with one click.</summary>
public sealed class RoleFlowTests
{
    private const string Acme = "T0ACME";

    [Fact]
    public async Task RequestRole_MemberSaysImInSalesNow_GrantsNothingUntilAnAdminApproves()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U0DANA", "Dana", Role.Leadership, Acme, admin: true, Platform.Slack);
        await bot.PersonAsync("U0PRIYA", "Priya", Role.Marketer, Acme, platform: Platform.Slack);
        var priya = bot.Conversation("U0PRIYA", "Priya", Acme, "D0PRIYA");

        await priya
            .User("I'm in sales now")
            .Bot("Roles are given by an admin, so that is a request for now")
            .User("reject lead 4512, no budget")
            .Bot("Only sales (the sales lead and sales reps) can accept or reject leads");
        Assert.Equal(Role.Marketer, await RoleOfAsync(bot, "U0PRIYA"));

        await bot.Conversation("U0DANA", "Dana", Acme, "D0DANA")
            .User("role requests")
            .Bot("1 role request is waiting")
            .Bot("Priya asks to be a sales rep")
            .Press("Approve")
            .CardReplacedWith("Approved: Priya is a sales rep now");
        Assert.Equal(Role.SalesRep, await RoleOfAsync(bot, "U0PRIYA"));

        await bot.Conversation("U0DANA", "Dana", Acme, "D0DANA")
            .User("role requests")
            .Bot("No role requests are waiting");
    }

    [Fact]
    public async Task RequestRole_AdminsWithAKnown1to1Chat_GetTheCardThereAndOneClickApproves()
    {
        var sender = new RecordingSender();
        await using var bot = await BotHarness.StartAsync(services => services.AddSingleton<Conversations.Turns.IMessageSender>(sender));
        await bot.PersonAsync("U0DANA", "Dana", Role.Leadership, Acme, admin: true, Platform.Slack);
        await bot.PersonAsync("U0PRIYA", "Priya", Role.Marketer, Acme, platform: Platform.Slack);

        // Dana has talked to the bot in her 1:1 chat, so the bot knows where to reach her.
        await bot.Conversation("U0DANA", "Dana", Acme, "D0DANA").User("who has which role?").Bot("Roles");
        await bot.Conversation("U0PRIYA", "Priya", Acme, "D0PRIYA")
            .User("I'm in sales now")
            .Bot("I've sent it to an admin");

        var (to, card) = Assert.Single(sender.Sent);
        Assert.Equal("D0DANA", to.ConversationId);
        Assert.Contains("Priya asks to be a sales rep", card.Text, StringComparison.Ordinal);
        var approve = card.Card!.ActionList.Single(a => a.Title == "Approve");

        await bot.Conversation("U0DANA", "Dana", Acme, "D0DANA")
            .Submit(approve.Verb, approve.Data)
            .CardReplacedWith("Approved: Priya is a sales rep now");

        Assert.Equal(Role.SalesRep, await RoleOfAsync(bot, "U0PRIYA"));
        Assert.Contains(sender.Sent, s => s.To.ConversationId == "D0PRIYA" && s.Message.Text.Contains("Dana approved your request", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RequestRole_ApproveButtonPressedByANonAdmin_IsRefusedAndDecidesNothing()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U0DANA", "Dana", Role.Leadership, Acme, admin: true, Platform.Slack);
        await bot.PersonAsync("U0PRIYA", "Priya", Role.Marketer, Acme, platform: Platform.Slack);
        await bot.Conversation("U0PRIYA", "Priya", Acme, "D0PRIYA").User("I'm the marketing lead").Bot("request for now");
        var dana = bot.Conversation("U0DANA", "Dana", Acme, "D0DANA");
        await dana.User("role requests").Bot("waiting").Bot("asks to be a marketing lead");

        await bot.Conversation("U0PRIYA", "Priya", Acme, "D0PRIYA")
            .Submit(Application.Dialogs.Verbs.ApproveRole, dana.ButtonData("Approve"))
            .Bot("Only an admin can give roles and admin rights: ask <@U0DANA>.");

        Assert.Equal(Role.Marketer, await RoleOfAsync(bot, "U0PRIYA"));
    }

    [Fact]
    public async Task RequestRole_AnAdminsOwnRequest_IsGrantedAtOnce()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U0DANA", "Dana", null, Acme, admin: true, Platform.Slack);

        await bot.Conversation("U0DANA", "Dana", Acme, "D0DANA")
            .User("I'm the sales lead")
            .Bot("Done: you're a sales lead now");

        Assert.Equal(Role.SalesLead, await RoleOfAsync(bot, "U0DANA"));
    }

    [Fact]
    public async Task FirstContact_NewMemberAnswersTheRoleQuestion_ItIsARequestAndTheQuestionIsNotAskedAgain()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U0DANA", "Dana", Role.Leadership, Acme, admin: true, Platform.Slack);

        await bot.Conversation("U0NIA", "Nia Ortega", Acme, "D0NIA")
            .User("is marketing working?")
            .Bot("what's your role")
            .Press("Sales lead")
            .Bot("you asked to be a sales lead")
            .Bot("No measurable goals yet")
            .User("hello")
            .Bot("what I can do");

        Assert.Null(await RoleOfAsync(bot, "U0NIA"));
    }

    [Fact]
    public async Task AssignRole_AdminNamesByMentionOrName_AsksWhichWhenTwoMatchAndSaysSoWhenNoneDoes()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U0DANA", "Dana", Role.Leadership, Acme, admin: true, Platform.Slack);
        await bot.PersonAsync("U0MARCO", "Marco Silva", null, Acme);
        await bot.PersonAsync("U0ALEX1", "Alex Kim", Role.SalesRep, Acme);
        await bot.PersonAsync("U0ALEX2", "Alex Moreau", null, Acme);

        await bot.Conversation("U0DANA", "Dana", Acme, "D0DANA")
            .User("make <@U0MARCO> the marketing lead", new UserMention("U0MARCO", null, "<@U0MARCO>"))
            .Bot("Done: <@U0MARCO> is a marketing lead now")
            .User("Alex is the sales lead")
            .Bot(r => r.Text.StartsWith("Which Alex?", StringComparison.Ordinal) && r.Card!.ActionList.Select(a => a.Title).SequenceEqual(["Alex Kim (sales rep)", "Alex Moreau"]), "which Alex, with a button each")
            .Press("Alex Moreau")
            .CardReplacedWith("Done: <@U0ALEX2> is a sales lead now")
            .Bot("Done: <@U0ALEX2> is a sales lead now")
            .User("make Zed the sales lead")
            .Bot("I don't know anyone called Zed here yet");

        Assert.Equal((Role.MarketingLead, Role.SalesRep, Role.SalesLead), (await RoleOfAsync(bot, "U0MARCO"), await RoleOfAsync(bot, "U0ALEX1"), await RoleOfAsync(bot, "U0ALEX2")));
    }

    [Fact]
    public async Task MakeAdmin_ByANonAdmin_IsRefusedNamingTheAdmins_ThenAnAdminDoesIt()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U0DANA", "Dana", Role.Leadership, Acme, admin: true, Platform.Slack);
        await bot.PersonAsync("U0MARCO", "Marco", Role.MarketingLead, Acme);
        await bot.PersonAsync("U0PRIYA", "Priya", Role.Marketer, Acme);

        await bot.Conversation("U0MARCO", "Marco", Acme, "D0MARCO")
            .User("make Priya an admin")
            .Bot("Only an admin can give roles and admin rights: ask <@U0DANA>.");
        await bot.Conversation("U0DANA", "Dana", Acme, "D0DANA")
            .User("make Priya an admin")
            .Bot("Done: <@U0PRIYA> is an admin now")
            .User("who has which role?")
            .Bot(r => r.Card?.Blocks.OfType<Conversations.Cards.TableBlock>().Single().Rows.Any(row => row.Cells.SequenceEqual(["<@U0PRIYA>", "marketer", "admin"])) == true, "Priya listed as marketer and admin");

        var priya = await bot.Services.GetRequiredService<IWorkspaceStore>().GetPersonAsync(new WorkspaceId(Acme), "U0PRIYA", default);
        Assert.True(priya!.IsAdmin);
    }

    [Fact]
    public async Task ConfiguredAdmin_ForTheWorkspace_CanGiveRoles()
    {
        await using var bot = await BotHarness.StartAsync(services => services.Configure<Application.Permissions.PermissionsOptions>(o => o.Admins[Acme] = ["U0FIRST"]));
        await bot.PersonAsync("U0MARCO", "Marco", null, Acme, platform: Platform.Teams);

        await bot.Conversation("U0FIRST", "First Admin", Acme, "D0FIRST")
            .User("make Marco the marketing lead")
            .Bot("Done: Marco is a marketing lead now");

        Assert.Equal(Role.MarketingLead, await RoleOfAsync(bot, "U0MARCO"));
    }

    private sealed class RecordingSender : Conversations.Turns.IMessageSender
    {
        public List<(ConversationAddress To, OutgoingMessage Message)> Sent { get; } = [];

        public string ChannelId => "test";

        public Task<Conversations.Turns.SendResult> SendAsync(ConversationAddress to, OutgoingMessage message, CancellationToken cancellationToken)
        {
            lock (Sent)
            {
                Sent.Add((to, message));
            }

            return Task.FromResult(Conversations.Turns.SendResult.Ok("m-" + Sent.Count));
        }
    }

    private static async Task<Role?> RoleOfAsync(BotHarness bot, string userId)
        => (await bot.Services.GetRequiredService<IWorkspaceStore>().GetPersonAsync(new WorkspaceId(Acme), userId, default))?.Role;
}
