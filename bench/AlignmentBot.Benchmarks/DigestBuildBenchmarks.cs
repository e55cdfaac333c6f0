using AlignmentBot.Application.Digests;
using AlignmentBot.Domain.Digests;
using AlignmentBot.Domain.Goals;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace AlignmentBot.Benchmarks;

/// <summary>
/// Building digests over a year of demo-scale data (52 weeks of funnel data, ~2,300 leads, 2,000+ accounts).
/// <c>dotnet run -c Release --project bench/AlignmentBot.Benchmarks -- --filter '*DigestBuild*'</c>
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class DigestBuildBenchmarks
{
    private static readonly Audience[] Audiences = [Audience.Leadership, Audience.Marketing, Audience.Sales];

    private DigestInputs _inputs = null!;
    private DigestPeriod[] _weeks = null!;
    private DigestFacts _facts = null!;

    [GlobalSetup]
    public void Setup()
    {
        _inputs = DigestYear.Generate();
        _weeks = Enumerable.Range(0, 52).Select(w => new DigestPeriod(DigestYear.Today.AddDays(-7 * w))).ToArray();
        _facts = DigestFactsBuilder.Build(_inputs, _weeks[0], Now(_weeks[0]));
    }

    /// <summary>
    /// The worst case and the figure: 1,000 digests (52 weeks × 3 audiences, round and round), each
    /// working its facts out from the raw data again, then composed and rendered to a card and plain text.
    /// </summary>
    [Benchmark]
    public int Build1000Digests_FactsEachTime()
    {
        var size = 0;
        for (var i = 0; i < 1_000; i++)
        {
            var period = _weeks[i % _weeks.Length];
            var facts = DigestFactsBuilder.Build(_inputs, period, Now(period));
            size += DigestRenderer.Render(DigestComposer.Compose(facts, Audiences[i % 3])).Text.Length;
        }

        return size;
    }

    /// <summary>What a Monday fan-out does: one workspace's facts once, then 1,000 subscriptions composed and rendered from them.</summary>
    [Benchmark]
    public int Build1000Digests_FactsOncePerWorkspaceWeek()
    {
        var size = 0;
        for (var i = 0; i < 1_000; i++)
        {
            size += DigestRenderer.Render(DigestComposer.Compose(_facts, Audiences[i % 3]), $"digest:{i}").Text.Length;
        }

        return size;
    }

    [Benchmark]
    public DigestFacts OneWorkspaceWeekFacts() => DigestFactsBuilder.Build(_inputs, _weeks[0], Now(_weeks[0]));

    private static DateTimeOffset Now(DigestPeriod period) => new(period.DigestDate.ToDateTime(new TimeOnly(14, 0)), TimeSpan.Zero);

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // In-process: no second build of the solution on a shared machine; enough iterations for a stable mean.
            AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("InProcess"));
        }
    }
}
