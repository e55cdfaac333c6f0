using AlignmentBot.Application.Ports;
using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.State;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Requests;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Application.Tests.Permissions;

/// <summary>
/// "Undo that" and "actually it costs €500" right after logging a request change that request: the permission matrix decides
/// who may (whoever logged it, admins), on the server, whatever the conversation happens to remember.
/// </summary>
public sealed class LoggedRequestChangeTests
{
    // Not the local workspace, where the operator is everyone's admin.
    private const string Acme = "T0ACME";
    private static readonly WorkspaceId Local = new(Acme);

    [Fact]
    public async Task UndoThat_ByWhoeverLoggedIt_TakesTheRequestBack()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U-MILO", "Milo", Role.Marketer, Acme, platform: Platform.Slack);
        var request = await LoggedByAsync(bot, "U-MILO", "Milo");
        await RememberAsync(bot, "dm-milo", request);

        await bot.Conversation("U-MILO", "Milo", workspace: Acme, conversation: "dm-milo").User("oops, undo that").Bot("Undone: \"A video of the office party\" is no longer logged");

        Assert.Null(await bot.Services.GetRequiredService<IRequestStore>().GetAsync(Local, request.Id, default));
    }

    [Fact]
    public async Task UndoOrCorrection_BySomeoneElse_IsRefusedNamingWhoMayAndChangesNothing()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U-MILO", "Milo", Role.Marketer, Acme, platform: Platform.Slack);
        await bot.PersonAsync("U-DANA", "Dana", Role.Leadership, Acme, platform: Platform.Slack);
        var request = await LoggedByAsync(bot, "U-MILO", "Milo");
        await RememberAsync(bot, "dm-dana", request);

        await bot.Conversation("U-DANA", "Dana", workspace: Acme, conversation: "dm-dana")
            .User("undo that").Bot("Only the person who logged the request or an admin can change or take it back")
            .User("actually it costs $500").Bot("Only the person who logged the request or an admin");

        var kept = await bot.Services.GetRequiredService<IRequestStore>().GetAsync(Local, request.Id, default);
        Assert.NotNull(kept);
        Assert.Equal(request.Cost, kept.Cost);
    }

    [Fact]
    public async Task UndoThat_ByAnAdmin_TakesSomeoneElsesRequestBack()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.PersonAsync("U-MILO", "Milo", Role.Marketer, Acme, platform: Platform.Slack);
        await bot.PersonAsync("U-ADA", "Ada", Role.Marketer, Acme, admin: true, platform: Platform.Slack);
        var request = await LoggedByAsync(bot, "U-MILO", "Milo");
        await RememberAsync(bot, "dm-ada", request);

        await bot.Conversation("U-ADA", "Ada", workspace: Acme, conversation: "dm-ada").User("undo that").Bot("no longer logged");

        Assert.Null(await bot.Services.GetRequiredService<IRequestStore>().GetAsync(Local, request.Id, default));
    }

    private static async Task<MarketingRequest> LoggedByAsync(BotHarness bot, string userId, string name)
    {
        var request = new MarketingRequest(Guid.NewGuid(), Local, "A video of the office party", "Marco", name, bot.Time.GetUtcNow(), null,
            new Money(1200m, "USD"), null, null, RequestStatus.Open, LoggedById: userId);
        await bot.Services.GetRequiredService<IRequestStore>().SaveAsync(request, default);
        return request;
    }

    /// <summary>The conversation remembers <paramref name="request"/> as the last thing it recorded, as right after logging it.</summary>
    private static async Task RememberAsync(BotHarness bot, string conversation, MarketingRequest request)
    {
        var state = ConversationState.Empty(bot.Time.GetUtcNow()) with { Recent = new RecentAction("request", request.Id.ToString()) };
        var saved = await new ConversationStates(bot.Services.GetRequiredService<IConversationStateStore>())
            .TrySaveAsync(Acme, $"test/{Acme}/{conversation}", state, 0, bot.Time.GetUtcNow(), default);
        Assert.True(saved);
    }
}
