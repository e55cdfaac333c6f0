using AlignmentBot.Conversations.Dialogs;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Tests.Understanding;
using AlignmentBot.Conversations.Understanding;

namespace AlignmentBot.Conversations.Tests.Dialogs;

/// <summary>A dialog turn for tests: the shared entity extractor, no services, the Unix epoch as now.</summary>
internal static class TestTurns
{
    public static DialogTurn For(IncomingActivity activity)
        => new(activity, DateTimeOffset.UnixEpoch, SharedExtractor.Today, new Reader(), new NoServices());

    private sealed class Reader : IEntityReader
    {
        public Entities Read(string text, DateOnly today) => SharedExtractor.Extractor.Extract(text, today);
    }

    private sealed class NoServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
