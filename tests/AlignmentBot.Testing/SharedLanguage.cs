using AlignmentBot.Application.Understanding;

namespace AlignmentBot.Testing;

/// <summary>One language model for the whole test run: the recognizers' warm-up takes about a second.</summary>
public static class SharedLanguage
{
    private static readonly Lazy<AlignmentLanguage> Instance = new(() =>
    {
        var language = new AlignmentLanguage();
        language.WarmUp();
        return language;
    });

    public static AlignmentLanguage Language => Instance.Value;
}
