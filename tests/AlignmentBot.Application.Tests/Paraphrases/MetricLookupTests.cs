using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Questions;
using AlignmentBot.Application.Understanding;

namespace AlignmentBot.Application.Tests.Paraphrases;

/// <summary>
/// The look-up reader against its paraphrase table (Paraphrases/metric-lookup.*): the metric comes from the language model,
/// as at an open question, where the message is read without the words that announce a side trip.
/// </summary>
public sealed class MetricLookupTests
{
    private static readonly Lazy<AlignmentLanguage> Language = new(() => new AlignmentLanguage());

    private static string Read(string text)
    {
        var said = RemindMeQuestion.Unwrapped(AsideOpeners.Strip(text));
        var metric = Language.Value.Understand(said, new DateOnly(2026, 12, 5)).Entities.Metric;
        return MetricLookup.Describe(MetricLookup.Read(said, metric));
    }

    [Fact]
    public void Train_EveryRowReadAsExpected() => ParaphraseTable.AssertTrain("metric-lookup", Read);

    [Fact]
    public void HeldOut_AtLeastTheFloor() => ParaphraseTable.AssertHeldOut("metric-lookup", Read);
}
