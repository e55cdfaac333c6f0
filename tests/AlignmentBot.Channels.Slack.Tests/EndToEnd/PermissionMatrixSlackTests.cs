using System.Net;
using System.Text.Json.Nodes;
using AlignmentBot.Application.Permissions;
using AlignmentBot.Channels.Slack.Tests.StandIn;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Testing;
using AlignmentBot.Testing.Matrix;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Channels.Slack.Tests.EndToEnd;

/// <summary>
/// The whole permission matrix through Slack: signed Events API requests and button presses from each kind of person,
/// against the product's bot, with users.info from the Slack stand-in saying who is a guest or from another organisation.
/// </summary>
public sealed class PermissionMatrixSlackTests : IAsyncLifetime
{
    private const string SharedChannel = "C0MATRIX";
    private const string OtherOrganisation = "T0OTHERORG";

    private BotHarness _bot = null!;
    private SlackStandIn _slack = null!;
    private SlackBotHost _host = null!;
    private int _events;

    public static TheoryData<string> Rows => new(PermissionMatrixTable.Cases.Select(c => c.Name));

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync(services => services.Configure<PermissionsOptions>(o => o.Admins[SlackStandIn.TeamId] = [Id(Persona("admin"))]));
        await PermissionMatrixTable.SeedAsync(_bot.Services, SlackStandIn.TeamId, Id, "U0MXTARGET", _bot.Time);
        _slack = await SlackStandIn.StartAsync();
        foreach (var persona in PermissionMatrixTable.Personas)
        {
            _slack.Users[Id(persona)] = SlackStandIn.Profile(Id(persona), persona.Name,
                team: persona.Standing == UserStanding.External ? OtherOrganisation : SlackStandIn.TeamId, guest: persona.Standing == UserStanding.Guest);
        }

        _host = await SlackBotHost.StartAsync(_slack, _bot.Bot);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
        await _bot.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Matrix_EveryKindOfPerson_IsAllowedOrRefusedAsTheTableSays(string row)
    {
        var failures = await PermissionMatrixTable.WalkAsync(new Channel(this), PermissionMatrixTable.Cases.Single(c => c.Name == row));

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public async Task SlackConnect_PersonFromAnotherTeamInASharedChannel_SeesNoScorecardAndCannotTakeARole()
    {
        var outsider = Persona("outsider");
        var channel = new Channel(this);

        var scorecard = await channel.SayAsync(outsider, "is marketing working?", inChannel: true, r => r.Count > 0);
        var role = await channel.SayAsync(outsider, "I'm in sales now", inChannel: true, r => r.Count > 0);

        Assert.Contains("you're from another organisation", PermissionMatrixTable.Render(scorecard), StringComparison.Ordinal);
        Assert.DoesNotContain("Scorecard", PermissionMatrixTable.Render(scorecard), StringComparison.Ordinal);
        Assert.Contains("you're from another organisation", PermissionMatrixTable.Render(role), StringComparison.Ordinal);
        Assert.Empty(await _bot.Services.GetRequiredService<Application.Ports.IRoleRequestStore>().ListForPersonAsync(new Domain.Workspaces.WorkspaceId(SlackStandIn.TeamId), Id(outsider), default));
    }

    [Fact]
    public async Task SlackConnect_EventSaysTheAuthorIsFromAnotherTeam_EvenWhenUsersInfoSaysMember()
    {
        var member = Persona("mlead");

        var replies = await new Channel(this).SayAsync(member, "is marketing working?", inChannel: true, r => r.Count > 0, userTeam: OtherOrganisation);

        Assert.Contains("you're from another organisation", PermissionMatrixTable.Render(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refusal_NamesThePersonWhoCanAsASlackMention()
    {
        await new Channel(this).SayAsync(Persona("mlead"), "propose an SLA: 190 MQLs a month, follow up within 24 hours", false, r => r.Count > 0);

        var replies = await new Channel(this).SayAsync(Persona("mkt"), "confirm the SLA", false, r => r.Count > 0);

        Assert.Equal($"Only a marketing lead can confirm for marketing: ask <@{Id(Persona("mlead"))}> or Marco Silva (CMO).", PermissionMatrixTable.Render(replies));
    }

    [Fact]
    public async Task SlackWorkspaceAdmin_FromUsersInfo_CanGiveRolesWithoutBeingConfigured()
    {
        var owner = new MatrixPersona("owner", "Olivia Owner", null);
        _slack.Users[Id(owner)] = SlackStandIn.Profile(Id(owner), owner.Name, admin: true);

        var replies = await new Channel(this).SayAsync(owner, $"make {PermissionMatrixTable.TargetName} the sales lead", false, r => r.Count > 0);

        Assert.Contains("is a sales lead now", PermissionMatrixTable.Render(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GoalForm_OwnerPickedInTheModalsUsersSelect_IsSavedAsThatPerson()
    {
        var mlead = Persona("mlead");
        var channel = new Channel(this);
        var offer = await channel.SayAsync(mlead, "we need more leads", false, r => r.SelectMany(x => x.Buttons).Any(b => b.Title == "Use a form instead"));
        var useForm = (JsonObject)offer.SelectMany(r => r.Buttons).Single(b => b.Title == "Use a form instead").Payload;
        var payload = SlackFixtures.ButtonPress(useForm, "trigger-form-1", _slack.NewResponseUrl(), DirectChannel(mlead), "1700000900.000100");
        payload["user"] = new JsonObject { ["id"] = Id(mlead), ["team_id"] = SlackStandIn.TeamId };
        using var press = await _slack.PostInteractionAsync(_host.EventsUrl, payload);
        var open = await _slack.WaitForCallAsync("views.open");
        var view = (JsonObject)open.Args["view"]!;
        Assert.Contains(view["blocks"]!.AsArray(), b => b!["element"]?["type"]?.ToString() == "users_select");

        var submission = SlackFixtures.Submission(view, "trigger-form-2",
            new Dictionary<string, string> { ["metric"] = "leads", ["target"] = "260", ["period"] = "week", ["deadline"] = "2027-06-30", ["owner"] = Id(Persona("mkt")) });
        submission["user"] = new JsonObject { ["id"] = Id(mlead), ["team_id"] = SlackStandIn.TeamId };
        var mark = _slack.Calls.Count;
        using var submitted = await _slack.PostInteractionAsync(_host.EventsUrl, submission);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);

        var goals = _bot.Services.GetRequiredService<Application.Ports.IGoalStore>();
        // The form fills the draft; the summary follows, as in chat, and Confirm saves it.
        await _slack.WaitUntilAsync(() => _slack.Calls.Skip(mark).Any(c => c.Args["blocks"]?.ToJsonString().Contains("New goal: please confirm", StringComparison.Ordinal) == true));
        var summary = _slack.Calls.Skip(mark).First(c => c.Args["blocks"]?.ToJsonString().Contains("New goal: please confirm", StringComparison.Ordinal) == true);
        var confirm = SlackFixtures.Buttons(summary.Args).Single(b => b["text"]!["text"]!.ToString() == "Confirm");
        var press2 = SlackFixtures.ButtonPress(confirm, "trigger-form-3", _slack.NewResponseUrl(), DirectChannel(mlead), "1700000900.000200");
        press2["user"] = new JsonObject { ["id"] = Id(mlead), ["team_id"] = SlackStandIn.TeamId };
        mark = _slack.Calls.Count;
        using var confirmed = await _slack.PostInteractionAsync(_host.EventsUrl, press2);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);

        // The goal is saved before the bot answers the press: once the answer reaches Slack, the store has it.
        await _slack.WaitUntilAsync(() => _slack.Calls.Skip(mark).Any(c => c.Method is "chat.postMessage" or "chat.postEphemeral" or "chat.update" || c.Method.StartsWith("response_url", StringComparison.Ordinal)));
        var saved = (await goals.ListAsync(new Domain.Workspaces.WorkspaceId(SlackStandIn.TeamId), default)).FirstOrDefault(g => g.Target == 260);

        Assert.Equal(new Domain.Workspaces.PersonRef(Id(Persona("mkt")), Persona("mkt").Name), saved?.Owner);
    }

    private static MatrixPersona Persona(string key) => PermissionMatrixTable.Personas.Single(p => p.Key == key);

    private static string Id(MatrixPersona persona) => "U0MX" + persona.Key.ToUpperInvariant();

    private static string DirectChannel(MatrixPersona persona) => "D0MX" + persona.Key.ToUpperInvariant();

    private sealed class Channel(PermissionMatrixSlackTests test) : IMatrixChannel
    {
        public Task<IReadOnlyList<MatrixReply>> SayAsync(MatrixPersona persona, string text, bool inChannel, Func<IReadOnlyList<MatrixReply>, bool> answered)
            => SayAsync(persona, text, inChannel, answered, userTeam: null);

        public async Task<IReadOnlyList<MatrixReply>> SayAsync(MatrixPersona persona, string text, bool inChannel, Func<IReadOnlyList<MatrixReply>, bool> answered, string? userTeam)
        {
            var n = Interlocked.Increment(ref test._events);
            var conversation = inChannel ? SharedChannel : DirectChannel(persona);
            var envelope = inChannel ? SlackFixtures.Mention($"EvMX{n:D6}", $"<@{SlackStandIn.BotUserId}> {text}") : SlackFixtures.DirectMessage($"EvMX{n:D6}", text, Id(persona));
            envelope["event"]!["user"] = Id(persona);
            envelope["event"]!["channel"] = conversation;
            if ((userTeam ?? (persona.Standing == UserStanding.External ? OtherOrganisation : null)) is { } team)
            {
                envelope["event"]!["user_team"] = team;
                envelope["is_ext_shared_channel"] = true;
            }

            var mark = test._slack.Calls.Count;
            using var ack = await test._slack.PostEventAsync(test._host.EventsUrl, envelope);
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
            return await RepliesAsync(mark, conversation, null, answered);
        }

        public async Task<IReadOnlyList<MatrixReply>> PressAsync(MatrixPersona persona, MatrixButton button, bool inChannel, Func<IReadOnlyList<MatrixReply>, bool> answered)
        {
            var n = Interlocked.Increment(ref test._events);
            var conversation = inChannel ? SharedChannel : DirectChannel(persona);
            var responseUrl = test._slack.NewResponseUrl();
            var payload = SlackFixtures.ButtonPress((JsonObject)button.Payload, $"trigger-mx-{n}", responseUrl, conversation, $"1700000{n:D3}.000100");
            payload["user"] = new JsonObject
            {
                ["id"] = Id(persona),
                ["username"] = persona.Key,
                ["name"] = persona.Key,
                ["team_id"] = persona.Standing == UserStanding.External ? OtherOrganisation : SlackStandIn.TeamId,
            };
            var mark = test._slack.Calls.Count;
            using var ack = await test._slack.PostInteractionAsync(test._host.EventsUrl, payload);
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
            return await RepliesAsync(mark, conversation, "response_url:" + responseUrl[(responseUrl.LastIndexOf('/') + 1)..], answered);
        }

        private async Task<IReadOnlyList<MatrixReply>> RepliesAsync(int mark, string conversation, string? responseUrl, Func<IReadOnlyList<MatrixReply>, bool> answered)
        {
            IReadOnlyList<MatrixReply> replies = [];
            await test._slack.WaitUntilAsync(() => answered(replies = test._slack.Calls.Skip(mark)
                .Where(c => c.Method == responseUrl || (c.Method is "chat.postMessage" or "chat.postEphemeral" or "chat.update" && c.Arg("channel") == conversation))
                .Select(Reply).ToArray()), TimeSpan.FromSeconds(20));
            return replies;
        }

        private static MatrixReply Reply(ApiCall call)
        {
            var texts = new List<string> { call.Arg("text") ?? string.Empty };
            if (call.Args["blocks"] is { } blocks)
            {
                Collect(blocks, texts);
            }

            var buttons = SlackFixtures.Buttons(call.Args).Select(b => new MatrixButton(b["text"]!["text"]!.ToString(), b)).ToArray();
            return new MatrixReply(string.Join("\n", texts), buttons);
        }

        private static void Collect(JsonNode node, List<string> texts)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (key, value) in o)
                    {
                        if (key == "text" && value is JsonValue v && v.TryGetValue<string>(out var s))
                        {
                            texts.Add(s);
                        }
                        else if (value is not null)
                        {
                            Collect(value, texts);
                        }
                    }

                    break;
                case JsonArray a:
                    foreach (var item in a.OfType<JsonNode>())
                    {
                        Collect(item, texts);
                    }

                    break;
            }
        }
    }
}
