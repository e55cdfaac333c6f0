namespace AlignmentBot.Host.Cli;

/// <summary>
/// Where a command writes and which extra configuration it runs with (tests point it at a temp database).
/// <paramref name="Services"/> runs after the command's services are added, so a test can replace one (the bot).
/// <paramref name="Time"/> replaces the system clock for the commands' services (tests run the demo and the scorecard on a fixed day).
/// </summary>
public sealed record CliContext(
    TextWriter Output,
    TextWriter Error,
    IReadOnlyDictionary<string, string?>? Configuration = null,
    TextReader? Input = null,
    Action<IServiceCollection>? Services = null,
    TimeProvider? Time = null)
{
    public static CliContext Console { get; } = new(System.Console.Out, System.Console.Error, null, System.Console.In);
}
