using AlignmentBot.Application.Understanding;
using AlignmentBot.Conversations.Understanding;

namespace AlignmentBot.Application.Tests.Understanding;

/// <summary>
/// The shipped classifier (Understanding/intent-model.bin) is what training on today's corpus gives. With
/// ALIGNMENTBOT_WRITE_INTENT_MODEL=1 the test writes the file instead (docs/talking-to-the-bot.md).
/// </summary>
public sealed class IntentModelTests
{
    /// <summary>Training is deterministic; a different maths library (Math.Exp) may move the last bits, never more.</summary>
    private const float Tolerance = 1e-5f;

    [Fact]
    public void ShippedModel_IsWhatTrainingOnTheCorpusGives()
    {
        var trained = AlignmentLanguage.TrainClassifier();
        if (Environment.GetEnvironmentVariable("ALIGNMENTBOT_WRITE_INTENT_MODEL") == "1")
        {
            var path = Path.Combine(RepositoryRoot(), "src", "AlignmentBot.Application", "Understanding", "intent-model.bin");
            using (var file = File.Create(path))
            {
                trained.Write(file);
            }

            using var written = File.OpenRead(path);
            AssertSame(trained, IntentClassifier.Read(written));
            return;
        }

        var shipped = AlignmentLanguage.LoadClassifier();

        AssertSame(trained, shipped);
    }

    [Fact]
    public void WriteThenRead_GivesTheSameBytes()
    {
        var first = Bytes(AlignmentLanguage.LoadClassifier());

        var second = Bytes(IntentClassifier.Read(new MemoryStream(first)));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Read_CutShortOrWithAnotherHeader_IsInvalidData()
    {
        var bytes = Bytes(AlignmentLanguage.LoadClassifier());

        Assert.Throws<InvalidDataException>(() => IntentClassifier.Read(new MemoryStream(bytes[..^1])));
        Assert.Throws<InvalidDataException>(() => IntentClassifier.Read(new MemoryStream([.. bytes, 0])));
        var other = bytes.ToArray();
        other[0] ^= 0xFF;
        Assert.Throws<InvalidDataException>(() => IntentClassifier.Read(new MemoryStream(other)));
    }

    private static void AssertSame(IntentClassifier expected, IntentClassifier actual)
    {
        const string hint = "The shipped intent model is not what the corpus trains; write it again (docs/talking-to-the-bot.md).";
        Assert.True(expected.Labels.SequenceEqual(actual.Labels), hint);
        Assert.True(expected.Features.Count == actual.Features.Count && expected.Features.All(f => actual.Features.TryGetValue(f.Key, out var i) && i == f.Value), hint);
        Assert.True(Close(expected.Weights, actual.Weights) && Close(expected.Bias, actual.Bias), hint);
    }

    private static bool Close(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (Math.Abs(a[i] - b[i]) > Tolerance)
            {
                return false;
            }
        }

        return true;
    }

    private static byte[] Bytes(IntentClassifier classifier)
    {
        using var stream = new MemoryStream();
        classifier.Write(stream);
        return stream.ToArray();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AlignmentBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AlignmentBot.sln not found above the test output folder");
    }
}
