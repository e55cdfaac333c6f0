using System.Text.Json;
using AlignmentBot.Conversations.Understanding;
using Microsoft.Extensions.Logging;

namespace AlignmentBot.Application.Understanding;

/// <summary>
/// The product's language model: the generic understanding engine, this product's vocabulary, and a classifier
/// trained on the tuning part of Understanding/corpus.jsonl. The held-out part is never trained on; the corpus
/// test measures accuracy on it. The classifier is trained once and shipped as Understanding/intent-model.bin
/// (embedded), so a start-up reads weights instead of training (about 2 s of CPU); IntentModelTests fails when the
/// corpus, the features or the training changed and the file was not written again (docs/talking-to-the-bot.md says how).
/// </summary>
public sealed class AlignmentLanguage : IDisposable
{
    private readonly Lazy<LanguageModel> _model;

    public AlignmentLanguage(ILogger<AlignmentLanguage>? logger = null)
    {
        _model = new Lazy<LanguageModel>(() =>
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var recognizers = new Recognizers();
            recognizers.WarmUp();
            var extractor = new EntityExtractor(recognizers, new Lexicon(AlignmentVocabulary.Entries(), shortSlips: true));
            var model = new LanguageModel(extractor, LoadClassifier(), new Lexicon(IntentCues.Entries()));
            logger?.LogInformation("Language model ready in {Elapsed} ms", System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture));
            return model;
        });
    }

    public static IReadOnlyList<CorpusUtterance> Corpus => CorpusInstance.Value;

    private static readonly Lazy<IReadOnlyList<CorpusUtterance>> CorpusInstance = new(LoadCorpus);

    /// <summary>Trains the classifier from the corpus's tuning part, as intent-model.bin was made.</summary>
    public static IntentClassifier TrainClassifier()
    {
        var recognizers = new Recognizers();
        var extractor = new EntityExtractor(recognizers, new Lexicon(AlignmentVocabulary.Entries(), shortSlips: true));
        return LanguageModel.Train(extractor, Corpus.Where(u => !u.IsHeldOut).Select(u => new LabeledUtterance(u.Text, u.Intent)).ToArray(), new Lexicon(IntentCues.Entries()));
    }

    /// <summary>The shipped classifier (Understanding/intent-model.bin).</summary>
    public static IntentClassifier LoadClassifier()
    {
        using var stream = typeof(AlignmentLanguage).Assembly.GetManifestResourceStream(ModelResource)
            ?? throw new InvalidOperationException("The intent model is not embedded in AlignmentBot.Application.");
        return IntentClassifier.Read(stream);
    }

    internal const string ModelResource = "AlignmentBot.Application.Understanding.intent-model.bin";

    public LanguageModel Model => _model.Value;

    public Conversations.Understanding.Understanding Understand(string text, DateOnly today) => Model.Understand(text, today);

    /// <summary>Builds the model now (recognizers warm-up and training), so the first turn does not pay for it.</summary>
    public void WarmUp() => _ = _model.Value;

    public static UnderstandingOutput ToOutput(Conversations.Understanding.Understanding understanding)
    {
        var e = understanding.Entities;
        return new UnderstandingOutput(understanding.Intent, understanding.Score, new CorpusEntities(
            e.Metric, e.Target, e.Percent, e.Money is { } m ? new CorpusMoney(m.Amount, m.Currency ?? "USD") : null, e.Period, e.Deadline, e.Direction));
    }

    public static string ToJson(Conversations.Understanding.Understanding understanding)
        => JsonSerializer.Serialize(ToOutput(understanding), UnderstandingJsonContext.Default.UnderstandingOutput);

    public void Dispose()
    {
        if (_model.IsValueCreated)
        {
            _model.Value.Dispose();
        }
    }

    private static IReadOnlyList<CorpusUtterance> LoadCorpus()
    {
        using var stream = typeof(AlignmentLanguage).Assembly.GetManifestResourceStream("AlignmentBot.Application.Understanding.corpus.jsonl")
            ?? throw new InvalidOperationException("The language corpus is not embedded in AlignmentBot.Application.");
        using var reader = new StreamReader(stream);
        var result = new List<CorpusUtterance>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                result.Add(JsonSerializer.Deserialize(line, UnderstandingJsonContext.Default.CorpusUtterance)!);
            }
        }

        return result;
    }
}
