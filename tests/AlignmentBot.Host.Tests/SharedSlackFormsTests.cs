using AlignmentBot.Channels.Slack;
using AlignmentBot.Channels.Slack.Forms;
using AlignmentBot.Conversations.Cards;
using AlignmentBot.Host.Configuration;
using AlignmentBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Host.Tests;

/// <summary>A Slack form parked by one instance opens on another: the composition picks the shared store on PostgreSQL.</summary>
public sealed class SharedSlackFormsTests : IAsyncLifetime
{
    private TempPostgresDatabase _database = null!;

    public async Task InitializeAsync() => _database = await (await TempPostgresDatabase.CreateAsync()).MigratedAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task FormParkedOnOneInstance_IsFoundOnAnother()
    {
        await using var one = Instance(new() { ["Storage:Provider"] = "Postgres", ["ConnectionStrings:AlignmentBot"] = _database.ConnectionString });
        await using var two = Instance(new() { ["Storage:Provider"] = "Postgres", ["ConnectionStrings:AlignmentBot"] = _database.ConnectionString });
        var form = new Card("New goal",
            [new TextBlock("What should improve?"), new ChoiceInput("metric", "Metric", [new Choice("Leads", "leads"), new Choice("MQLs", "mql")], "leads", Required: true),
             new TextInput("target", "Target", "250", Kind: InputKind.Number), new DateInput("deadline", "Deadline", new DateOnly(2027, 3, 31)), new DividerBlock(),
             new FactsBlock([new Fact("Baseline", "180")]), new TableBlock(["Week", "Leads"], [new TableRow(["W1", "180"], Tone.Good)])],
            [new CardAction("Save goal", "goal.save", new Dictionary<string, string> { ["draft"] = "d1" }, ActionStyle.Primary)], "goal-form-1");

        var storeOne = one.GetRequiredService<ISlackFormStore>();
        var key = storeOne.Save(form);
        await storeOne.FlushAsync(default);
        var found = await two.GetRequiredService<ISlackFormStore>().FindAsync<Card>(key, default);

        Assert.Equal("SharedSlackFormStore", storeOne.GetType().Name);
        Assert.NotNull(found);
        Assert.Equal(form with { Blocks = [], Actions = [] }, found with { Blocks = [], Actions = [] });
        Assert.Equal(form.Blocks.Select(b => b.GetType()), found.Blocks.Select(b => b.GetType()));
        Assert.Equal(new DateOnly(2027, 3, 31), found.Inputs.OfType<DateInput>().Single().Value);
        Assert.Equal("d1", found.ActionList.Single().Data!["draft"]);
        Assert.Null(await two.GetRequiredService<ISlackFormStore>().FindAsync<Card>("no-such-key", default));
    }

    [Fact]
    public async Task Sqlite_KeepsFormsInMemory()
    {
        using var sqlite = new TempSqliteDatabase();
        await using var instance = Instance(new() { ["ConnectionStrings:AlignmentBot"] = sqlite.ConnectionString });

        Assert.Equal("MemorySlackFormStore", instance.GetRequiredService<ISlackFormStore>().GetType().Name);
    }

    private static ServiceProvider Instance(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddAlignmentCore(configuration);
        services.AddSlackChannel(configuration);
        return services.BuildServiceProvider();
    }
}
