using System.Text.RegularExpressions;
using Microsoft.Extensions.Caching.Memory;

namespace AlignmentBot.Conversations.Understanding;

/// <summary>
/// Intent and entities for one utterance, from a trained classifier (or one trained at construction from a labeled
/// corpus); results are cached per (day, text) because people repeat themselves and buttons repeat exactly.
/// </summary>
public sealed partial class LanguageModel : IEntityReader, IDisposable
{
    /// <summary>Below this probability the top intent is not trusted and the answer is "none".</summary>
    public const double Confidence = 0.35;

    private static readonly DateOnly TrainingReference = new(2026, 1, 5);

    private readonly EntityExtractor _entities;
    private readonly Lexicon? _cues;
    private readonly IntentClassifier _classifier;
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 20_000 });

    /// <param name="cues">Phrases that point to an intent (<see cref="LexiconEntry.Value"/> = intent), used as features.</param>
    public LanguageModel(EntityExtractor entities, IReadOnlyList<LabeledUtterance> training, Lexicon? cues = null)
        : this(entities, Train(entities, training, cues), cues)
    {
    }

    /// <param name="classifier">Trained by <see cref="Train"/> with the same extractor and cues.</param>
    public LanguageModel(EntityExtractor entities, IntentClassifier classifier, Lexicon? cues = null)
    {
        _entities = entities;
        _cues = cues;
        _classifier = classifier;
    }

    /// <summary>The classifier for <paramref name="training"/>: features are read as of a fixed day, so it is the same every time.</summary>
    public static IntentClassifier Train(EntityExtractor entities, IReadOnlyList<LabeledUtterance> training, Lexicon? cues = null)
        => IntentClassifier.Train(training
            .Select(u => ((IReadOnlyList<string>)TextFeatures.Of(u.Text, entities.Extract(u.Text, TrainingReference), cues), u.Intent))
            .ToArray());

    public IReadOnlyList<string> Intents => _classifier.Labels;

    public Understanding Understand(string text, DateOnly today)
    {
        // "SQLs → 95/mo", "MQLs -> 270", "CPL => $80": an arrow between a metric and a number reads as "to".
        var normalized = Arrow().Replace(text.Trim(), " to ").Trim();
        if (normalized.Length == 0)
        {
            return new Understanding(Understanding.NoneIntent, 1, AlignmentBot.Conversations.Understanding.Entities.None, text);
        }

        var key = (today, normalized);
        if (_cache.TryGetValue(key, out Understanding? cached) && cached is not null)
        {
            return cached;
        }

        var entities = _entities.Extract(normalized, today);
        if (WholeCue(normalized) is { } command)
        {
            var exact = new Understanding(command, 0.99, entities, normalized);
            _cache.Set(key, exact, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
            return exact;
        }

        var ranked = _classifier.Predict(TextFeatures.Of(normalized, entities, _cues));
        var (intent, probability) = ranked[0];
        var result = probability < Confidence
            ? new Understanding(Understanding.NoneIntent, Math.Round(1 - probability, 3), entities, normalized)
            : new Understanding(intent, Math.Round(probability, 3), entities, normalized);
        _cache.Set(key, result, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        return result;
    }

    /// <summary>
    /// A message that is nothing but one intent's cue ("status", "sla", "menu", "getting started", "dashboard please")
    /// is a command, not a sentence to weigh: people type commands like that in chat.
    /// </summary>
    public string? WholeCue(string text)
    {
        if (_cues is null)
        {
            return null;
        }

        var tokens = Tokenizer.Tokenize(Opener().Replace(text, string.Empty)).Where(t => !Politeness.Contains(t.Text)).ToArray();
        if (tokens.Length == 0)
        {
            return null;
        }

        var matches = _cues.Match(tokens);
        return matches.Count == 1 && matches[0].TokenCount == tokens.Length && !matches[0].Fuzzy ? matches[0].Value : null;
    }

    // "pull up the SLA", "bring up the scorecard", "let me see the SLA": ways to say "show" before the thing shown.
    [GeneratedRegex(@"^\W*(?:(?:can|could|would)\s+(?:you|i|we)\s+)?(?:please\s+)?(?:pull\s+up|bring\s+up|open\s+up|display|give\s+me|get\s+me|send\s+me|let\s+me\s+see|let'?s\s+see)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Opener();

    // Words that hurry or soften a command ("show me the SLA quickly", "just the scorecard again") without changing which one it is.
    private static readonly HashSet<string> Politeness = new(StringComparer.Ordinal)
        { "please", "pls", "plz", "thanks", "thank", "the", "me", "show", "bot", "now", "a", "my", "our", "quickly", "quick", "real", "just", "again", "asap" };

    /// <summary>Entities only, for prompts that already know what they are waiting for.</summary>
    public Entities ExtractEntities(string text, DateOnly today) => _entities.Extract(text.Trim(), today);

    public Entities Read(string text, DateOnly today) => ExtractEntities(text, today);

    public void Dispose() => _cache.Dispose();

    [GeneratedRegex(@"\s*(?:→|⟶|➡️?|->|=>|-->)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Arrow();
}
