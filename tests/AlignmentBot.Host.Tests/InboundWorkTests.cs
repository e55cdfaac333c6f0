using System.Text.RegularExpressions;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Host.Tests;

/// <summary>
/// Inbound work goes through the bounded background queue: channel code starts no work of its own on the thread
/// pool, and every kind of work the channels queue has a handler registered in the real host.
/// </summary>
public sealed partial class InboundWorkTests
{
    /// <summary>
    /// Files allowed to start tasks themselves, and why. Socket Mode's connection runs the WebSocket's receive loop and
    /// acknowledges each envelope (the transport's own request handling, like Kestrel's); it counts them in flight and
    /// waits for them when it closes. What an envelope asks for is queued by the same handlers as over HTTP.
    /// </summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["src/AlignmentBot.Channels.Slack/SocketMode/SocketModeConnection.cs"] = "the socket's receive loop and per-envelope acknowledgement",
    };

    [Fact]
    public void ChannelCode_StartsNoWorkOutsideTheQueue()
    {
        var root = RepositoryRoot();
        var files = new[] { "src/AlignmentBot.Channels.Slack", "src/AlignmentBot.Channels.Teams" }
            .SelectMany(dir => Directory.EnumerateFiles(Path.Combine(root, dir), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .ToList();
        Assert.Contains("src/AlignmentBot.Channels.Slack/Inbound/Interactions/SlackInteractionDispatcher.cs", files);
        Assert.Contains("src/AlignmentBot.Channels.Teams/Activities/MessagesEndpoint.cs", files);

        var offenders = files
            .Where(f => !Allowed.ContainsKey(f))
            .SelectMany(f => File.ReadLines(Path.Combine(root, f)).Select((line, i) => (File: f, Line: i + 1, Text: line.Trim())))
            .Where(l => !l.Text.StartsWith("//", StringComparison.Ordinal) && !l.Text.StartsWith("///", StringComparison.Ordinal) && StartsWork().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text}");

        Assert.Empty(offenders);
    }

    [Fact]
    public void StartsWorkPattern_RecognisesTheWaysOfStartingUnqueuedWork()
    {
        Assert.Matches(StartsWork(), "_ = Task.Run(() => OpenFormAsync(payload, action, receivedAt, CancellationToken.None), CancellationToken.None);");
        Assert.Matches(StartsWork(), "_ = DeliverAsync(result, context, CancellationToken.None);");
        Assert.Matches(StartsWork(), "Task.Factory.StartNew(work);");
        Assert.Matches(StartsWork(), "ThreadPool.QueueUserWorkItem(_ => Send());");
        Assert.DoesNotMatch(StartsWork(), "await background.EnqueueAsync(new SlackEventWork(envelope, receivedAt), cancellationToken)");
        Assert.DoesNotMatch(StartsWork(), "var turn = RunAsync(payload, form, values, receivedAt, CancellationToken.None);");
    }

    [Fact]
    public void EveryKindOfQueuedWork_HasAHandlerInTheHost()
    {
        using var factory = new HostFactory();
        var channels = new[] { typeof(Channels.Slack.SlackOptions).Assembly, typeof(Channels.Teams.TeamsChannelExtensions).Assembly };
        var teamsReply = channels[1].GetType("AlignmentBot.Channels.Teams.Activities.TeamsReply", throwOnError: true)!;
        var slackReply = channels[0].GetType("AlignmentBot.Channels.Slack.Delivery.ReplyContext", throwOnError: true)!;
        var work = channels.SelectMany(a => a.GetTypes())
            .Where(t => typeof(ITurnWork).IsAssignableFrom(t) && !t.IsAbstract && !t.IsInterface && !t.ContainsGenericParameters)
            .Concat([
                typeof(TurnRequest<>).MakeGenericType(teamsReply),
                typeof(PendingDelivery<>).MakeGenericType(teamsReply),
                typeof(PendingDelivery<>).MakeGenericType(slackReply),
            ])
            .ToList();
        Assert.Contains(work, t => t.Name == "SlackEventWork");

        var missing = work.Where(t => factory.Services.GetService(typeof(ITurnWorkHandler<>).MakeGenericType(t)) is null).Select(t => t.Name);

        Assert.Empty(missing);
    }

    [GeneratedRegex(@"\bTask\.Run\s*\(|\.StartNew\s*\(|QueueUserWorkItem\s*\(|new\s+Thread\s*\(|^_\s*=\s*[\w.]*Async\s*\(")]
    private static partial Regex StartsWork();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AlignmentBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AlignmentBot.sln not found above " + AppContext.BaseDirectory);
    }
}
