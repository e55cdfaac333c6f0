using System.Diagnostics;
using ActivityKind = AlignmentBot.Conversations.Messages.ActivityKind;
using System.Globalization;
using AlignmentBot.Application;
using AlignmentBot.Application.Ports;
using AlignmentBot.Application.Understanding;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage;
using AlignmentBot.Storage.Migrations;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>
/// Goal-dialog turns in-process (no network; SQLite state in a temp file behind the memory cache), after warm-up.
/// Every utterance is different so the language-understanding cache does not flatter the figures.
/// dotnet run -c Release --project bench/AlignmentBot.Benchmarks -- turns [conversations]
/// </summary>
internal static class TurnLatencyRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var conversations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2_000;
        const int warmUp = 200;
        var directory = Directory.CreateTempSubdirectory("alignmentbot-bench");
        var connection = $"Data Source={Path.Combine(directory.FullName, "bench.db")}";
        try
        {
            var services = new ServiceCollection()
                .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
                .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
                .AddAlignmentApplication()
                .AddAlignmentStorage(s => s.UseSqlite(connection))
                .BuildServiceProvider();
            await using var _ = services;
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
            services.GetRequiredService<AlignmentLanguage>().WarmUp();
            var bot = services.GetRequiredService<IBot>();
            var people = services.GetRequiredService<IWorkspaceStore>();
            await people.SaveAsync(new Workspace(WorkspaceId.Local, Platform.Local, "bench"), default);

            var byTurn = new Dictionary<string, List<double>> { ["ask"] = [], ["baseline"] = [], ["deadline"] = [], ["confirm"] = [] };
            for (var i = 0; i < conversations + warmUp; i++)
            {
                var user = $"U{i}";
                await people.SavePersonAsync(new Person(WorkspaceId.Local, user, $"Person {i}", Role.MarketingLead), default);
                var address = new ConversationAddress("bench", "local", $"dm-{i}");
                var from = new UserRef(user, $"Person {i}");
                var turns = new (string Kind, IncomingActivity Activity)[]
                {
                    ("ask", Message(address, from, $"we need {150 + (i % 700)} MQLs a month")),
                    ("baseline", Message(address, from, (100 + (i % 97)).ToString(CultureInfo.InvariantCulture))),
                    ("deadline", Press(address, from, "prompt.answer", new Dictionary<string, string> { ["value"] = "2027-06-30" })),
                    ("confirm", Press(address, from, "goal.confirm", new Dictionary<string, string>())),
                };
                foreach (var (kind, activity) in turns)
                {
                    var started = Stopwatch.GetTimestamp();
                    var result = await bot.OnTurnAsync(activity, default);
                    var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    if (result.Replies.Count == 0)
                    {
                        throw new InvalidOperationException($"No reply to the {kind} turn of conversation {i}.");
                    }

                    if (i >= warmUp)
                    {
                        byTurn[kind].Add(elapsed);
                    }
                }
            }

            Console.WriteLine($"Goal-dialog turns, {conversations} conversations × 4 turns after {warmUp} warm-up conversations (SQLite state, in-process):");
            Console.WriteLine("turn        p50 ms   p90 ms   p99 ms   max ms");
            foreach (var (kind, samples) in byTurn.Append(new KeyValuePair<string, List<double>>("all", byTurn.Values.SelectMany(v => v).ToList())))
            {
                samples.Sort();
                Console.WriteLine($"{kind,-9} {P(samples, 0.50),8:0.00} {P(samples, 0.90),8:0.00} {P(samples, 0.99),8:0.00} {samples[^1],8:0.00}");
            }

            // Memory per idle conversation: a goal dialog waiting on its second question, state cached.
            const int idle = 2_000;
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            var before = GC.GetTotalMemory(forceFullCollection: true);
            for (var i = 0; i < idle; i++)
            {
                var user = $"I{i}";
                await people.SavePersonAsync(new Person(WorkspaceId.Local, user, $"Idle {i}", Role.MarketingLead), default);
                await bot.OnTurnAsync(Message(new ConversationAddress("bench", "local", $"idle-{i}"), new UserRef(user, $"Idle {i}"), $"we need {200 + i} MQLs a month"), default);
            }

            var after = GC.GetTotalMemory(forceFullCollection: true);
            Console.WriteLine($"Memory per idle conversation (dialog waiting, state cached): {(after - before) / idle / 1024.0:0.0} KB managed heap ({idle} conversations).");
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    private static double P(List<double> sorted, double q) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];

    private static IncomingActivity Message(ConversationAddress address, UserRef from, string text)
        => new(ActivityKind.Message, Guid.NewGuid().ToString("N"), address, from, text, DateTimeOffset.UtcNow);

    private static IncomingActivity Press(ConversationAddress address, UserRef from, string verb, Dictionary<string, string> values)
        => new(ActivityKind.Submission, Guid.NewGuid().ToString("N"), address, from, null, DateTimeOffset.UtcNow, new CardSubmission(verb, values));
}
