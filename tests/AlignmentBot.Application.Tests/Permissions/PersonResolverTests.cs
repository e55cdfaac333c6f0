using AlignmentBot.Application.Bot;
using AlignmentBot.Application.People;
using AlignmentBot.Application.Ports;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Domain.Permissions;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Application.Tests.Permissions;

/// <summary>Whatever names a person resolves to exactly one person of the workspace, to several (ask which), or to nobody.</summary>
public sealed class PersonResolverTests : IAsyncLifetime
{
    private const string Acme = "T0ACME";
    private BotHarness _bot = null!;
    private readonly FakeDirectory _directory = new();

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync(services => services.AddSingleton<IPlatformDirectory>(_directory));
        await _bot.PersonAsync("U0DANA", "Dana Whitfield (CEO)", Role.Leadership, Acme, platform: Platform.Slack);
        await _bot.PersonAsync("U0PRIYA1", "Priya Natarajan", Role.Marketer, Acme);
        await _bot.PersonAsync("U0PRIYA2", "Priya Shah", Role.MarketingLead, Acme);
        await _bot.PersonAsync("U0SAM", "Sam Okafor", Role.SalesLead, Acme);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("Sam", "U0SAM")]
    [InlineData("sam okafor", "U0SAM")]
    [InlineData("@Sam", "U0SAM")]
    [InlineData("Priya Shah", "U0PRIYA2")]
    [InlineData("the CEO", "U0DANA")]
    [InlineData("Dana Whitfield", "U0DANA")]
    [InlineData("me", "U0ME")]
    [InlineData("person:U0PRIYA1", "U0PRIYA1")]
    [InlineData("U0PRIYA1", "U0PRIYA1")]
    public async Task Resolve_ANameOrId_FindsExactlyThatPerson(string phrase, string expected)
    {
        var match = await Resolver.ResolveAsync(await ScopeAsync(), phrase, [], default);

        Assert.Equal(PersonMatchKind.Found, match.Kind);
        Assert.Equal(expected, match.Person!.UserId);
    }

    [Fact]
    public async Task Resolve_TwoPeopleWithThatFirstName_IsAmbiguousWithBothAsButtons()
    {
        var match = await Resolver.ResolveAsync(await ScopeAsync(), "Priya", [], default);

        Assert.Equal(PersonMatchKind.Ambiguous, match.Kind);
        Assert.Equal("Which Priya?", PersonResolver.WhichQuestion(match));
        Assert.Equal([("Priya Natarajan (marketer)", "person:U0PRIYA1"), ("Priya Shah (marketing lead)", "person:U0PRIYA2")],
            PersonResolver.Choices(match.CandidateList).Select(c => (c.Title, c.Value)));
    }

    [Theory]
    [InlineData("Zed")]
    [InlineData("person:U0ELSEWHERE")]
    public async Task Resolve_NobodyByThatNameOrIdHere_IsNotFound(string phrase)
    {
        var match = await Resolver.ResolveAsync(await ScopeAsync(), phrase, [], default);

        Assert.Equal(PersonMatchKind.NotFound, match.Kind);
    }

    [Fact]
    public async Task Resolve_MentionOfSomeoneNeverMet_AsksThePlatformAndAddsThemWithNoRole()
    {
        _directory.People["U0NEW"] = new UserRef("U0NEW", "Nia Ortega", "Europe/Lisbon");

        var match = await Resolver.ResolveAsync(await ScopeAsync(), "<@U0NEW>", [new UserMention("U0NEW", null, "<@U0NEW>")], default);

        Assert.Equal(("U0NEW", "Nia Ortega"), (match.Person!.UserId, match.Person.DisplayName));
        var stored = await _bot.Services.GetRequiredService<IWorkspaceStore>().GetPersonAsync(new WorkspaceId(Acme), "U0NEW", default);
        Assert.Equal(new Person(new WorkspaceId(Acme), "U0NEW", "Nia Ortega", null, "Europe/Lisbon"), stored);
    }

    [Fact]
    public async Task Resolve_MentionOfAGuest_IsNotFound()
    {
        _directory.People["U0GUEST"] = new UserRef("U0GUEST", "Gus") { Standing = UserStanding.Guest };

        var match = await Resolver.ResolveAsync(await ScopeAsync(), "<@U0GUEST>", [new UserMention("U0GUEST", null, "<@U0GUEST>")], default);

        Assert.Equal(PersonMatchKind.NotFound, match.Kind);
        Assert.Null(await _bot.Services.GetRequiredService<IWorkspaceStore>().GetPersonAsync(new WorkspaceId(Acme), "U0GUEST", default));
    }

    [Fact]
    public async Task Resolve_TeamsMentionByChannelAccountId_FindsThePersonKeyedByTheirAadId()
    {
        var store = _bot.Services.GetRequiredService<IWorkspaceStore>();
        await store.SavePersonAsync(new Person(new WorkspaceId(Acme), "aad-marco", "Marco Silva", Role.MarketingLead) { AddressId = "29:marco" }, default);

        var match = await Resolver.ResolveAsync(await ScopeAsync(), "make <at>Marco Silva</at> an admin", [new UserMention("29:marco", "Marco Silva", "<at>Marco Silva</at>") { AddressId = "29:marco" }], default);

        Assert.Equal("aad-marco", match.Person!.UserId);
    }

    [Theory]
    [InlineData("By end of Q3, Priya owns it", "Priya")]
    [InlineData("grow revenue 10%, owner: Sam Okafor", "Sam Okafor")]
    [InlineData("we need more leads", null)]
    public void OwnerPhrase_InASentence_IsFoundForTheResolver(string text, string? expected)
    {
        Assert.Equal(expected, PersonResolver.OwnerPhrase(text));
    }

    private PersonResolver Resolver => _bot.Services.GetRequiredService<PersonResolver>();

    private async Task<TurnScope> ScopeAsync()
    {
        var workspaces = _bot.Services.GetRequiredService<IWorkspaceStore>();
        var workspace = (await workspaces.GetAsync(new WorkspaceId(Acme), default))!;
        var me = new Person(workspace.Id, "U0ME", "Me");
        return new TurnScope(workspace, me, new ConversationAddress("slack", Acme, "D0ME"), new Actor("U0ME", null, false));
    }

    private sealed class FakeDirectory : IPlatformDirectory
    {
        public Dictionary<string, UserRef> People { get; } = [];

        public string ChannelId => "slack";

        public Task<UserRef?> FindAsync(string workspaceId, string userId, CancellationToken cancellationToken)
            => Task.FromResult(People.GetValueOrDefault(userId));
    }
}
