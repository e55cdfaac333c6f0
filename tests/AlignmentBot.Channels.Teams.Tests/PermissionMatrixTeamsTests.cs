using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using AlignmentBot.Application.Ports;
using AlignmentBot.Channels.Teams.Tests.Support;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Testing;
using AlignmentBot.Testing.Matrix;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Channels.Teams.Tests;

/// <summary>
/// The whole permission matrix through Teams: authenticated activities to /api/messages on the real host, from each kind of
/// person, with the Connector stand-in answering the member lookups that say who is a guest or from another tenant. One
/// host and workspace serve the whole class (the table's rows do not depend on each other's order).
/// </summary>
public sealed class PermissionMatrixTeamsTests(PermissionMatrixTeamsTests.Fixture fixture) : IClassFixture<PermissionMatrixTeamsTests.Fixture>
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string OtherTenant = "0e0e0e0e-1111-2222-3333-444444444444";
    private const string SharedChannel = "19:matrix@thread.tacv2";

    private TestIdentity _identity => fixture.Identity;
    private ConnectorStandIn _connector => fixture.Connector;
    private MatrixHost _host => fixture.Host;
    private HttpClient _http => fixture.Http;

    public static TheoryData<string> Rows => new(PermissionMatrixTable.Cases.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Matrix_EveryKindOfPerson_IsAllowedOrRefusedAsTheTableSays(string row)
    {
        // The rows share one host: a role claimed in the "ask for a role" row (which lets its claimant draft a goal) is
        // declined again so every row starts from the seeded people, whatever order the rows run in.
        var requests = _host.Services.GetRequiredService<IRoleRequestStore>();
        foreach (var pending in await requests.ListPendingAsync(new WorkspaceId(Tenant), default))
        {
            await requests.TryDecideAsync(pending.WorkspaceId, pending.Id, RoleRequestStatus.Declined, new PersonRef("demo-dana", "Dana Whitfield (CEO)"), DateTimeOffset.UtcNow, default);
        }

        var failures = await PermissionMatrixTable.WalkAsync(new Channel(this), PermissionMatrixTable.Cases.Single(c => c.Name == row));

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public async Task Guest_FromTheMemberLookup_IsToldPolitelyAndTheLookupIsCached()
    {
        var guest = Persona("guest");

        var first = await new Channel(this).SayAsync(guest, "is marketing working?", false, _ => true);
        var lookups = _connector.MemberLookups.Count(id => id == Address(guest));
        var second = await new Channel(this).SayAsync(guest, "show the SLA", false, _ => true);

        Assert.Contains("you're a guest", PermissionMatrixTable.Render(first), StringComparison.Ordinal);
        Assert.Contains("you're a guest", PermissionMatrixTable.Render(second), StringComparison.Ordinal);
        Assert.Equal(1, lookups);
        Assert.Equal(lookups, _connector.MemberLookups.Count(id => id == Address(guest)));
    }

    [Fact]
    public async Task MemberLookupFails_PersonIsNotTrustedWithTheWorkspacesData()
    {
        var mlead = Persona("mlead") with { Key = "unverified" };
        _connector.Members[Address(mlead)] = null;

        var replies = await new Channel(this).SayAsync(mlead, "is marketing working?", false, _ => true);

        Assert.Contains("couldn't check your membership", PermissionMatrixTable.Render(replies), StringComparison.Ordinal);
        Assert.DoesNotContain("Is marketing working?", PermissionMatrixTable.Render(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Activity_WithoutATenant_IsRefusedAndFiledNowhere()
    {
        var activity = Activity(Persona("lead"), "is marketing working?", inChannel: false);
        activity["conversation"]!.AsObject().Remove("tenantId");
        activity.Remove("channelData");

        using var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await _host.Services.GetRequiredService<IWorkspaceStore>().GetAsync(new WorkspaceId("msteams"), default));
    }

    [Fact]
    public async Task Mention_OfAColleagueByTheirChannelAccountId_ResolvesToTheirAadKeyedPerson()
    {
        var admin = Persona("admin");
        var activity = Activity(admin, "make <at>Tom Target</at> the sales lead", inChannel: false);
        activity["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = "<at>Tom Target</at>", ["mentioned"] = new JsonObject { ["id"] = "29:target", ["name"] = "Tom Target" } });
        _connector.Members["29:target"] = new JsonObject { ["id"] = "29:target", ["aadObjectId"] = "aad-target", ["userRole"] = "user", ["tenantId"] = Tenant };

        using var response = await PostAsync(activity);
        var replies = await ParseAsync(response);

        Assert.Contains("Tom Target is a sales lead now", PermissionMatrixTable.Render(replies), StringComparison.Ordinal);
        var target = await _host.Services.GetRequiredService<IWorkspaceStore>().GetPersonAsync(new WorkspaceId(Tenant), "aad-target", default);
        Assert.Equal(Role.SalesLead, target!.Role);
    }

    [Fact]
    public async Task PersonKeyedByChannelAccountIdBeforeAadIds_KeepsTheirRoleWhenTheyComeBack()
    {
        var store = _host.Services.GetRequiredService<IWorkspaceStore>();
        var returning = new MatrixPersona("returning", "Rene Returning", null);
        await store.SavePersonAsync(new Person(new WorkspaceId(Tenant), Address(returning), returning.Name, Role.SalesLead), default);

        var replies = await new Channel(this).SayAsync(returning, "reject lead DEMO-1003, no budget", false, _ => true);

        Assert.Contains("Rejected lead DEMO-1003", PermissionMatrixTable.Render(replies), StringComparison.Ordinal);
        var now = await store.GetPersonAsync(new WorkspaceId(Tenant), Id(returning), default);
        Assert.Equal((Role.SalesLead, Address(returning)), (now!.Role, now.AddressId));
    }

    [Fact]
    public async Task ConfirmForSales_PressedAsAnActionExecuteInvoke_AnswersWithTheSignedAgreement()
    {
        var proposal = await new Channel(this).SayAsync(Persona("mlead"), "propose an SLA: 210 MQLs a month, follow up within 24 hours", false, _ => true);
        var button = proposal.SelectMany(r => r.Buttons).Single(b => b.Title == "Confirm for sales");
        var data = (JsonObject)((JsonNode)button.Payload).DeepClone();
        var invoke = Activity(Persona("slead"), null, inChannel: false);
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke.Remove("deliveryMode");
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = data["_verb"]!.GetValue<string>(), ["data"] = data } };

        using var response = await PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        Assert.Contains("In force", body["value"]!.ToJsonString(), StringComparison.Ordinal);
        var active = await _host.Services.GetRequiredService<ISlaStore>().GetActiveAsync(new WorkspaceId(Tenant), default);
        Assert.Equal((210, Id(Persona("mlead")), Id(Persona("slead"))), (active!.LeadsPerPeriod, active.Marketing!.UserId, active.Sales!.UserId));
    }

    private static MatrixPersona Persona(string key) => PermissionMatrixTable.Personas.Single(p => p.Key == key);

    private static string Id(MatrixPersona persona) => "aad-" + persona.Key;

    private static string Address(MatrixPersona persona) => "29:" + persona.Key;

    private JsonObject Activity(MatrixPersona persona, string? text, bool inChannel, JsonObject? value = null)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["channelId"] = "msteams",
            ["serviceUrl"] = _connector.ServiceUrl,
            ["from"] = new JsonObject { ["id"] = Address(persona), ["name"] = persona.Name, ["aadObjectId"] = Id(persona) },
            ["conversation"] = new JsonObject
            {
                ["id"] = inChannel ? SharedChannel : "a:dm-" + persona.Key,
                ["conversationType"] = inChannel ? "channel" : "personal",
                ["isGroup"] = inChannel,
                ["tenantId"] = Tenant,
            },
            ["recipient"] = new JsonObject { ["id"] = "28:" + TestIdentity.BotAppId, ["name"] = "AlignmentBot" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
            ["locale"] = "en-US",
            ["deliveryMode"] = "expectReplies",
        };
        if (text is not null)
        {
            activity["text"] = text;
        }

        if (value is not null)
        {
            activity["value"] = value;
        }

        return activity;
    }

    private async Task<HttpResponseMessage> PostAsync(JsonObject activity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _identity.ChannelToken(serviceUrl: _connector.ServiceUrl));
        return await _http.SendAsync(request);
    }

    private static async Task<IReadOnlyList<MatrixReply>> ParseAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activities = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
        return activities.OfType<JsonObject>().Select(a =>
        {
            var texts = new List<string> { a["text"]?.ToString() ?? string.Empty };
            var buttons = new List<MatrixButton>();
            foreach (var card in a["attachments"]?.AsArray().OfType<JsonObject>().Select(x => x["content"]).OfType<JsonObject>() ?? [])
            {
                Collect(card["body"], texts);
                buttons.AddRange(card["actions"]?.AsArray().OfType<JsonObject>().Select(x => new MatrixButton(x["title"]!.ToString(), x["data"]!.DeepClone())) ?? []);
            }

            return new MatrixReply(string.Join("\n", texts), buttons);
        }).ToArray();
    }

    private static void Collect(JsonNode? node, List<string> texts)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    if (key is "text" or "title" or "value" && value is JsonValue v && v.TryGetValue<string>(out var s))
                    {
                        texts.Add(s);
                    }
                    else
                    {
                        Collect(value, texts);
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    Collect(item, texts);
                }

                break;
        }
    }

    private sealed class Channel(PermissionMatrixTeamsTests test) : IMatrixChannel
    {
        public async Task<IReadOnlyList<MatrixReply>> SayAsync(MatrixPersona persona, string text, bool inChannel, Func<IReadOnlyList<MatrixReply>, bool> answered)
        {
            using var response = await test.PostAsync(test.Activity(persona, text, inChannel));
            return await ParseAsync(response);
        }

        public async Task<IReadOnlyList<MatrixReply>> PressAsync(MatrixPersona persona, MatrixButton button, bool inChannel, Func<IReadOnlyList<MatrixReply>, bool> answered)
        {
            // Action.Submit's way: a message whose value is the action's data, answered in the response (expectReplies).
            using var response = await test.PostAsync(test.Activity(persona, null, inChannel, (JsonObject)((JsonNode)button.Payload).DeepClone()));
            return await ParseAsync(response);
        }
    }

    public sealed class Fixture : IAsyncLifetime
    {
        public TestIdentity Identity { get; private set; } = null!;

        public ConnectorStandIn Connector { get; private set; } = null!;

        internal MatrixHost Host { get; private set; } = null!;

        public HttpClient Http { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Identity = await TestIdentity.StartAsync();
            Connector = await ConnectorStandIn.StartAsync();
            Connector.Members[Address(Persona("guest"))] = new JsonObject { ["id"] = Address(Persona("guest")), ["aadObjectId"] = Id(Persona("guest")), ["userRole"] = "guest", ["tenantId"] = Tenant };
            Connector.Members[Address(Persona("outsider"))] = new JsonObject { ["id"] = Address(Persona("outsider")), ["aadObjectId"] = Id(Persona("outsider")), ["userRole"] = "user", ["tenantId"] = OtherTenant };
            Host = new MatrixHost(Identity, Id(Persona("admin")));
            Http = Host.CreateClient();
            await PermissionMatrixTable.SeedAsync(Host.Services, Tenant, Id, "aad-target", TimeProvider.System);
        }

        public async Task DisposeAsync()
        {
            Http.Dispose();
            await Host.DisposeAsync();
            await Connector.DisposeAsync();
            await Identity.DisposeAsync();
        }
    }

    /// <summary>The real host with an app id (so authentication and member lookups are on), its own SQLite file and no digest scheduler.</summary>
    internal sealed class MatrixHost(TestIdentity identity, string adminId) : WebApplicationFactory<Program>
    {
        private readonly TempSqliteDatabase _database = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("ConnectionStrings:AlignmentBot", _database.ConnectionString);
            builder.UseSetting("MicrosoftAppId", TestIdentity.BotAppId);
            builder.UseSetting("BotFramework:AllowedServiceUrlHosts:0", "127.0.0.1");
            builder.UseSetting("MicrosoftAppPassword", TestIdentity.BotPassword);
            builder.UseSetting("MicrosoftAppType", "MultiTenant");
            builder.UseSetting("BotFramework:OpenIdMetadataUrl", identity.MetadataUrl);
            builder.UseSetting("BotFramework:BotOpenIdMetadataUrl", identity.EntraMetadataUrl);
            builder.UseSetting("BotFramework:TokenEndpoint", identity.TokenEndpoint);

            // The member lookup goes to the Connector stand-in on 127.0.0.1, which only an explicit allow-list entry permits.
            builder.UseSetting("BotFramework:AllowedServiceUrlHosts:0", "127.0.0.1");
            builder.UseSetting("BotFramework:Retry:BaseDelay", "00:00:00.020");
            builder.UseSetting("BotFramework:Retry:MaxDelay", "00:00:00.100");
            builder.UseSetting($"Permissions:Admins:{Tenant}:0", adminId);
            builder.UseSetting("Digests:SchedulerEnabled", "false");
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            _database.Dispose();
        }
    }
}
