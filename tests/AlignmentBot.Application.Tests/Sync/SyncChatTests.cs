using AlignmentBot.Application.Audit;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Sync;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AlignmentBot.Application.Tests.Sync;

/// <summary>"sync now", "sync status", the mapping and the connect form in chat: admins only, credentials only in a direct message, never echoed.</summary>
public sealed class SyncChatTests : IAsyncLifetime
{
    private const string Token = "pat-na1-0f0f0f0f-aaaa-bbbb-cccc-123456789abc";
    private const string Acme = "T0ACME";
    private static readonly WorkspaceId AcmeId = new(Acme);
    private readonly FakeHubSpot _hubspot = new();
    private readonly RecordingTrigger _trigger = new();
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync(s =>
        {
            s.AddSingleton<ICrmSource>(_hubspot);
            s.Replace(ServiceDescriptor.Singleton<ICrmSyncTrigger>(_trigger));
        });
        // A company workspace: in the local one everyone is an admin. Dana is an admin; Lee has leadership's role but no admin right.
        await _bot.PersonAsync("U0DANA", "Dana", Role.MarketingLead, Acme, admin: true, Platform.Slack);
        await _bot.PersonAsync("U0LEE", "Lee", Role.Leadership, Acme, platform: Platform.Slack);
        await _bot.PersonAsync("U0PRIYA", "Priya", Role.Marketer, Acme, platform: Platform.Slack);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("U0PRIYA", "Priya", "sync now")]
    [InlineData("U0LEE", "Lee", "sync now")]
    [InlineData("U0LEE", "Lee", "what's the sync status")]
    [InlineData("U0PRIYA", "Priya", "connect hubspot")]
    public async Task Sync_FromSomeoneWhoIsNoAdmin_IsRefusedNamingTheAdmins(string user, string name, string text)
    {
        await _bot.Conversation(user, name, Acme, "D0" + name.ToUpperInvariant())
            .User(text)
            .Bot("Only an admin can connect a CRM, run the sync or see its status: ask <@U0DANA>.");

        Assert.Empty(_trigger.Calls);
    }

    [Fact]
    public async Task SubmitConnectForm_FromSomeoneWhoIsNoAdmin_IsRefusedAndTheTokenIsNeverChecked()
    {
        await _bot.Conversation("U0LEE", "Lee", Acme, "D0LEE")
            .Submit(Application.Dialogs.Verbs.SubmitCrmConnect, new Dictionary<string, string> { ["source"] = "hubspot", ["token"] = Token })
            .Bot("Only an admin can connect a CRM");

        Assert.Empty(_hubspot.Verified);
        Assert.Empty(await _bot.Services.GetRequiredService<ICrmConnectionStore>().ListAsync(null, default));
    }

    [Fact]
    public async Task ConnectHubSpot_InADirectMessage_ChecksTheTokenStoresItEncryptedAndStartsTheFirstSync()
    {
        var conversation = Dana()
            .User("connect hubspot")
            .Bot(m => m.Card?.Inputs.SingleOrDefault() is TextInput { Kind: InputKind.Secret, Value: null }, "a form with one secret input, empty")
            .Press("Connect HubSpot", new Dictionary<string, string> { ["token"] = Token })
            .Bot("HubSpot is connected, and the first sync has started")
            .CardReplacedWith("HubSpot connected");
        await conversation;

        Assert.Equal([Token], _hubspot.Verified);
        Assert.Equal((AcmeId, CrmSyncTrigger.Connect), Assert.Single(_trigger.Calls));
        Assert.DoesNotContain(Token, string.Join("\n", conversation.Log), StringComparison.Ordinal);
        var stored = await _bot.Services.GetRequiredService<ICrmConnectionStore>().GetAsync(AcmeId, CrmSource.HubSpot, default);
        Assert.DoesNotContain(Token, stored!.ProtectedSecret, StringComparison.Ordinal);
        Assert.Equal(Token, (await _bot.Services.GetRequiredService<CrmConnections>().GetAsync(AcmeId, CrmSource.HubSpot, default))!.Secret.Reveal());
    }

    [Fact]
    public async Task ConnectHubSpot_TokenRefused_SaysWhyNextToTheFieldAndSavesNothing()
    {
        _hubspot.Refuse = true;

        await Dana()
            .User("connect hubspot")
            .Bot("Connect HubSpot")
            .Press("Connect HubSpot", new Dictionary<string, string> { ["token"] = "pat-na1-revoked" })
            .Bot("Not connected: HubSpot refused the access token");

        Assert.Empty(await _bot.Services.GetRequiredService<ICrmConnectionStore>().ListAsync(null, default));
        Assert.Empty(_trigger.Calls);
    }

    [Fact]
    public async Task ConnectHubSpot_InAChannel_AsksForADirectMessageInstead()
    {
        await _bot.Conversation("U0DANA", "Dana", Acme, "C0LEADERSHIP", isGroup: true)
            .User("connect hubspot")
            .Bot("I only take CRM credentials in a direct message")
            .Submit(Application.Dialogs.Verbs.SubmitCrmConnect, new Dictionary<string, string> { ["source"] = "hubspot", ["token"] = Token })
            .Bot("Nothing was saved");

        Assert.Empty(_hubspot.Verified);
    }

    [Fact]
    public async Task SyncNowAndStatus_WhenConnected_StartsARunAndShowsTheConnectionAndMapping()
    {
        await _bot.Services.GetRequiredService<CrmConnections>().ConnectAsync(AcmeId, CrmSource.HubSpot,
            new CrmConnectionSettings(CrmAuthFlow.AccessToken), new CrmSecret(Token), "Dana", verify: false, default);

        await Dana()
            .User("sync now")
            .Bot("Started a sync of HubSpot")
            .User("what's the sync status")
            .Bot("HubSpot**: connected")
            .User("show the crm mapping")
            .Bot("HubSpot lifecycle stage 'marketingqualifiedlead' counts as MQL");

        Assert.Equal(CrmSyncTrigger.Chat, Assert.Single(_trigger.Calls).Trigger);
    }

    [Fact]
    public async Task ConnectAndSyncNow_InChat_AreInTheAuditTrailByWhoDidItWithoutTheToken()
    {
        await Dana()
            .User("connect hubspot")
            .Bot("Connect HubSpot")
            .Press("Connect HubSpot", new Dictionary<string, string> { ["token"] = Token })
            .Bot("HubSpot is connected")
            .User("sync now")
            .Bot("Started a sync of HubSpot");

        var entries = (await _bot.Services.GetRequiredService<IAuditLog>().ListAsync(AcmeId, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, default)).Reverse()
            .Where(e => AuditKinds.Area(e.Kind) == "crm").ToArray();

        Assert.Equal([AuditKinds.CrmConnected, AuditKinds.CrmSyncRequested], entries.Select(e => e.Kind));
        Assert.All(entries, e => Assert.Equal(("U0DANA", "direct message"), (e.Actor.PersonId, e.Actor.Place)));
        Assert.Equal("Dana in a direct message started a sync of HubSpot (what changed since the last run)", ChangesReport.Line(entries[1]));
        var stored = await _bot.Services.GetRequiredService<ICrmConnectionStore>().GetAsync(AcmeId, CrmSource.HubSpot, default);
        var exported = new StringWriter();
        await AuditCsv.WriteAsync(exported, entries, default);
        Assert.DoesNotContain(Token, exported.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(stored!.ProtectedSecret, exported.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyncNow_NothingConnected_SaysHowToConnect()
        => await Dana()
            .User("sync now")
            .Bot("No CRM is connected yet. Say \"connect HubSpot\"");

    private Transcript Dana() => _bot.Conversation("U0DANA", "Dana", Acme, "D0DANA");

    private sealed class FakeHubSpot : ICrmSource
    {
        public List<string> Verified { get; } = [];

        public bool Refuse { get; set; }

        public CrmSource Source => CrmSource.HubSpot;

        public CrmCursor Resume(CrmCursor saved) => saved;

        public Task<CrmPage> ReadPageAsync(CrmConnection connection, CrmObjectKind kind, CrmCursor cursor, CancellationToken cancellationToken)
            => Task.FromResult(new CrmPage([], cursor, Done: true));

        public Task VerifyAsync(CrmConnection connection, CancellationToken cancellationToken)
        {
            if (Refuse)
            {
                throw new CrmSourceException(CrmFailure.Unauthorized, "HubSpot refused the access token (revoked, rotated, or not a private app token).");
            }

            Verified.Add(connection.Secret.Reveal());
            return Task.CompletedTask;
        }
    }

    private sealed class RecordingTrigger : ICrmSyncTrigger
    {
        public List<(WorkspaceId Workspace, CrmSyncTrigger Trigger)> Calls { get; } = [];

        public Task TriggerAsync(WorkspaceId workspaceId, CrmSyncTrigger trigger, string requestedBy, CancellationToken cancellationToken)
        {
            Calls.Add((workspaceId, trigger));
            return Task.CompletedTask;
        }

        public Task<DateTimeOffset?> NextScheduledRunAsync(CancellationToken cancellationToken) => Task.FromResult<DateTimeOffset?>(new DateTimeOffset(2026, 11, 23, 15, 0, 0, TimeSpan.Zero));
    }
}
