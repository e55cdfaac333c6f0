using AlignmentBot.Conversations.Understanding;

namespace AlignmentBot.Conversations.Tests.Understanding;

/// <summary>One warmed-up extractor for the test run, with a small metric lexicon of its own.</summary>
public static class SharedExtractor
{
    private static readonly Lazy<Recognizers> Models = new(() =>
    {
        var recognizers = new Recognizers();
        recognizers.WarmUp();
        return recognizers;
    });

    private static readonly Lazy<EntityExtractor> Instance = new(() =>
    {
        var recognizers = Models.Value;
        return new EntityExtractor(recognizers, new Lexicon(
        [
            new LexiconEntry("mqls", EntityExtractor.MetricCategory, "mql"),
            new LexiconEntry("leads", EntityExtractor.MetricCategory, "leads"),
            new LexiconEntry("accounts reached", EntityExtractor.MetricCategory, "reach"),
            new LexiconEntry("revenue", EntityExtractor.MetricCategory, "revenue"),
            new LexiconEntry("pipeline", EntityExtractor.MetricCategory, "pipeline"),
            new LexiconEntry("cost per lead", EntityExtractor.MetricCategory, "cost_per_lead"),
            new LexiconEntry("retention", EntityExtractor.MetricCategory, "retention"),
            new LexiconEntry("churn", EntityExtractor.MetricCategory, "retention", Inverts: true),
            new LexiconEntry("grow", EntityExtractor.DirectionCategory, "increase"),
            new LexiconEntry("reduce", EntityExtractor.DirectionCategory, "decrease"),
            new LexiconEntry("cut", EntityExtractor.DirectionCategory, "decrease"),
        ]));
    });

    public static EntityExtractor Extractor => Instance.Value;

    public static Recognizers Recognizers => Models.Value;

    public static readonly DateOnly Today = new(2026, 11, 23);

    public static Entities Read(string text) => Extractor.Extract(text, Today);
}
