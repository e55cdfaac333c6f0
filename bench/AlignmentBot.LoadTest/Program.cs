namespace AlignmentBot.LoadTest;

/// <summary>One executable for the .NET side of bench/run.sh; see the project file for the subcommands.</summary>
public static class LoadTestProgram
{
    public static async Task<int> Main(string[] args)
    {
        var rest = args.Skip(1).ToArray();
        switch (args.FirstOrDefault())
        {
            case "echo":
                return await EchoHost.RunAsync(rest);
            case "stub":
                return await PlatformStub.RunAsync(Options.Parse(rest));
            case "gen-slack":
                return RequestFiles.Slack(Options.Parse(rest));
            case "gen-teams":
                return RequestFiles.Teams(Options.Parse(rest));
            case "report":
                return Report.Run(Options.Parse(rest));
            default:
                await Console.Error.WriteLineAsync("usage: AlignmentBot.LoadTest echo|stub|gen-slack|gen-teams|report [--name value ...]  (bench/run.sh runs it)");
                return 2;
        }
    }
}

/// <summary>"--name value" pairs; every value is required, so a typo in run.sh fails loudly.</summary>
internal sealed class Options(Dictionary<string, string> values)
{
    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"expected --name value, got '{args[i]}'");
            }

            values[args[i][2..]] = args[++i];
        }

        return new Options(values);
    }

    public string Get(string name) => values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required");

    public string Get(string name, string fallback) => values.GetValueOrDefault(name, fallback);

    public long GetLong(string name) => long.Parse(Get(name), System.Globalization.CultureInfo.InvariantCulture);

    public long GetLong(string name, long fallback) => values.TryGetValue(name, out var value) ? long.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : fallback;
}
