namespace AlignmentBot.Host.Cli;

/// <summary>Progress lines written as they happen (Progress&lt;T&gt; would post them to a synchronization context, late and out of order).</summary>
internal sealed class LineProgress(TextWriter output) : IProgress<string>
{
    private readonly Lock _gate = new();

    public void Report(string value)
    {
        lock (_gate)
        {
            output.WriteLine(value);
            output.Flush();
        }
    }
}
