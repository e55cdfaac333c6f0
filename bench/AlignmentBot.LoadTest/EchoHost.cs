using AlignmentBot.Application.Understanding;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Host.Web;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AlignmentBot.LoadTest;

/// <summary>
/// Our real web host, configured by environment variables like the product, with only the bot replaced: every
/// channel path (signature check, dedupe, background queue, Slack Web API client, Connector client) is the
/// product's own. The vendor peers answer with one line each; so does this. Language understanding goes with the
/// bot: the product warms it up only for its own bot, so it is not loaded unless ECHO_KEEP_LANGUAGE=1.
/// </summary>
internal static class EchoHost
{
    public static async Task<int> RunAsync(string[] args)
    {
        // With IBot replaced, the product's start-up warm-up leaves the language model out by itself (about 58 MB of
        // RSS that the peers do not carry either). ECHO_KEEP_LANGUAGE=1 loads it anyway, to see its cost.
        var app = WebHost.Build(args, builder =>
        {
            builder.Services.RemoveAll<IBot>();
            builder.Services.AddSingleton<IBot, EchoBot>();
        });
        if (Environment.GetEnvironmentVariable("ECHO_KEEP_LANGUAGE") == "1")
        {
            app.Services.GetRequiredService<AlignmentLanguage>().WarmUp();
        }

        // The harness must never measure the product bot under the echo label.
        var bot = app.Services.GetRequiredService<IBot>();
        if (bot is not EchoBot)
        {
            await Console.Error.WriteLineAsync($"echo host: IBot resolved to {bot.GetType().FullName}, not EchoBot");
            return 1;
        }

        MallocProbe.StartIfAsked();
        using var alloc = Environment.GetEnvironmentVariable("ALLOC_TOP") == "1" ? new AllocListener() : null;
        using var pauses = Environment.GetEnvironmentVariable("PAUSES") == "1" ? new PauseListener() : null;
        await app.RunAsync();
        if (pauses is not null)
        {
            await Console.Error.WriteLineAsync(pauses.Summary());
        }

        if (alloc is not null)
        {
            await Console.Error.WriteLineAsync(alloc.Top(40));
        }

        return 0;
    }
}

/// <summary>Replies "echo: " and the text, like the peers' <c>say()</c> and <c>sendActivity()</c>.</summary>
internal sealed class EchoBot : IBot
{
    public Task<TurnResult> OnTurnAsync(IncomingActivity activity, CancellationToken cancellationToken)
        => Task.FromResult(TurnResult.Reply(new OutgoingMessage("echo: " + activity.Text)));
}
