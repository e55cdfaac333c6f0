using AlignmentBot.Application.Understanding;

namespace AlignmentBot.Testing;

/// <summary>One trained model for the whole test run: training and recognizer warm-up take about a second.</summary>
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
