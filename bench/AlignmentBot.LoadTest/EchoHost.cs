using AlignmentBot.Conversations.Messages;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Host.Web;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AlignmentBot.LoadTest;

/// <summary>
/// Our real web host, configured by environment variables like the product, with only the bot replaced: every
/// channel path (signature check, dedupe, background queue, Slack Web API client, Connector client) is the
/// product's own. The vendor peers answer with one line each; so does this. Language understanding goes with the
/// bot: its start-up warm-up is removed too, unless ECHO_KEEP_LANGUAGE=1.
/// </summary>
internal static class EchoHost
{
    private const string LanguageWarmUp = "LanguageWarmUp";

    public static async Task<int> RunAsync(string[] args)
    {
        var app = WebHost.Build(args, builder =>
        {
            builder.Services.RemoveAll<IBot>();
            builder.Services.AddSingleton<IBot, EchoBot>();

            // The language model is the product bot's; with the bot replaced nothing asks for it, but its start-up warm-up
            // would still train it and load the recognizers (about 58 MB of RSS). ECHO_KEEP_LANGUAGE=1 keeps it.
            if (Environment.GetEnvironmentVariable("ECHO_KEEP_LANGUAGE") != "1")
            {
                var warmUps = builder.Services.Where(d => d.ImplementationType?.Name == LanguageWarmUp).ToList();
                if (warmUps.Count == 0)
                {
                    Console.Error.WriteLine($"echo host: warning: no {LanguageWarmUp} hosted service to remove (renamed?), so the language model loads anyway");
                }

                foreach (var warmUp in warmUps)
                {
                    builder.Services.Remove(warmUp);
                }
            }
        });

        // The harness must never measure the product bot under the echo label.
        var bot = app.Services.GetRequiredService<IBot>();
        if (bot is not EchoBot)
        {
            await Console.Error.WriteLineAsync($"echo host: IBot resolved to {bot.GetType().FullName}, not EchoBot");
            return 1;
        }

        await app.RunAsync();
        return 0;
    }
}

/// <summary>Replies "echo: " and the text, like the peers' <c>say()</c> and <c>sendActivity()</c>.</summary>
internal sealed class EchoBot : IBot
{
    public Task<TurnResult> OnTurnAsync(IncomingActivity activity, CancellationToken cancellationToken)
        => Task.FromResult(TurnResult.Reply(new OutgoingMessage("echo: " + activity.Text)));
}
