using AlignmentBot.Host.Cli;
using AlignmentBot.Testing;

namespace AlignmentBot.Host.Tests;

/// <summary>
/// Base for tests of the command line: a temporary SQLite database, and standard output and error captured, all three
/// new for each test and disposed after it.
/// </summary>
public abstract class CliTest : IDisposable
{
    protected TempSqliteDatabase Database { get; } = new();

    protected StringWriter Out { get; } = new();

    protected StringWriter Err { get; } = new();

    public void Dispose()
    {
        Database.Dispose();
        Out.Dispose();
        Err.Dispose();
    }

    /// <summary>The settings that point the command line at <see cref="Database"/>.</summary>
    protected Dictionary<string, string?> DatabaseSettings() => new() { ["ConnectionStrings:AlignmentBot"] = Database.ConnectionString };

    /// <summary>Runs the command line against <see cref="Database"/>, writing to <see cref="Out"/> and <see cref="Err"/>.</summary>
    protected Task<int> InvokeAsync(string[] args, TextReader? input = null, TimeProvider? time = null)
        => AlignmentCli.InvokeAsync(args, new CliContext(Out, Err, DatabaseSettings(), input, Time: time));
}
