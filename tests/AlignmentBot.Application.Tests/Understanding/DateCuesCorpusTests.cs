using AlignmentBot.Application.Understanding;
using AlignmentBot.Conversations.Understanding;
using Xunit.Abstractions;

namespace AlignmentBot.Application.Tests.Understanding;

/// <summary>
/// The date cues must never keep the DateTime model from a date it would find: over every corpus utterance, on three
/// reference days, the dates read with the cues equal the dates read the way they were before them.
/// </summary>
public sealed class DateCuesCorpusTests(ITestOutputHelper output)
{
    private static readonly Lazy<Recognizers> Models = new(() =>
    {
        var recognizers = new Recognizers();
        recognizers.WarmUp();
        return recognizers;
    });

    [Fact]
    public void Dates_EveryCorpusUtterance_AreTheSameWithAndWithoutTheCues()
    {
        DateOnly[] days = [new(2026, 1, 5), new(2026, 11, 23), new(2027, 6, 30)];
        var (before, after) = (0, 0);
        var differences = new List<string>();
        foreach (var text in AlignmentLanguage.Corpus.Select(u => u.Text))
        {
            var hinted = DatePhrases.MayHoldDate(text);
            before += hinted ? 1 : 0;
            after += hinted && DateCues.MayHoldDate(text) ? 1 : 0;
            foreach (var day in days)
            {
                var expected = Models.Value.Dates(text, day, hinted);
                var actual = Models.Value.Dates(text, day);
                if (!expected.SequenceEqual(actual))
                {
                    differences.Add($"{day:yyyy-MM-dd} \"{text}\": [{string.Join("; ", expected)}] became [{string.Join("; ", actual)}]");
                }
            }
        }

        output.WriteLine($"{AlignmentLanguage.Corpus.Count} utterances: the DateTime model ran on {before} before the cues, {after} with them.");
        Assert.Empty(differences);
    }
}
