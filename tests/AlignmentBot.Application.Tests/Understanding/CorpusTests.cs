using AlignmentBot.Application.Understanding;
using AlignmentBot.Testing;
using Xunit.Abstractions;

namespace AlignmentBot.Application.Tests.Understanding;

public sealed class CorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void Corpus_HasEnoughVariedUtterancesForEveryIntent()
    {
        var corpus = AlignmentLanguage.Corpus;

        Assert.True(corpus.Count >= 250, $"{corpus.Count} utterances");
        string[] intents = ["status", "define_goal", "run_numbers", "log_request", "lead_feedback", "sla", "check_in", "overlap", "budget", "digest", "sync", "help", "cancel", "none", "audit", "forget", "export"];
        Assert.Equal(intents.Order(), corpus.Select(u => u.Intent).Distinct().Order());
        Assert.All(intents, i => Assert.Contains(corpus, u => u.Intent == i && u.Split == "dev"));
        Assert.All(intents, i => Assert.Contains(corpus, u => u.Intent == i && u.Split == "test"));
        Assert.All(corpus, u => Assert.Contains(u.Split, new[] { "tune", "dev", "test" }));
        Assert.Equal(corpus.Count, corpus.Select(u => u.Text.ToLowerInvariant()).Distinct().Count());
    }

    [Fact]
    public void HeldOut_IntentAndEntities_MeetTheAccuracyThresholds()
    {
        output.WriteLine(CorpusEvaluation.Run(SharedLanguage.Language, "dev").ToString());
        output.WriteLine(CorpusEvaluation.Run(SharedLanguage.Language, "test").ToString());
        var report = CorpusEvaluation.Run(SharedLanguage.Language);

        output.WriteLine(report.ToString());
        Assert.Equal(AlignmentLanguage.Corpus.Count(u => u.IsHeldOut), report.Utterances);
        Assert.True(report.IntentAccuracy >= CorpusReport.IntentThreshold, report.ToString());
        Assert.True(report.MetricExactMatch >= CorpusReport.EntityThreshold, report.ToString());
        Assert.True(report.TargetExactMatch >= CorpusReport.EntityThreshold, report.ToString());
        Assert.True(report.DeadlineExactMatch >= CorpusReport.EntityThreshold, report.ToString());
    }
}
