using AlignmentBot.Application.Exports;

namespace AlignmentBot.Host.Tests;

/// <summary><c>export scorecard|goals|verdicts</c>: the files "export …" gives in chat, from the command line.</summary>
public sealed class ExportCliTests : CliTest
{
    [Fact]
    public async Task ExportGoals_AfterDemo_WritesEveryGoalToTheFile()
    {
        Assert.Equal(0, await RunAsync("demo"));
        var file = Path.Combine(Database.Directory, "goals.csv");

        Assert.Equal(0, await RunAsync("export", "goals", "--out", file));

        var bytes = await File.ReadAllBytesAsync(file);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = (await File.ReadAllTextAsync(file)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', ExportService.GoalsHeader), rows[0]);
        Assert.Equal(7, rows.Length - 1);
        Assert.Contains("Wrote 7 rows (the goals of workspace 'local')", Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportVerdicts_ToStandardOutput_NeutralisesFormulaCells()
    {
        Assert.Equal(0, await RunAsync("db", "migrate"));
        var leads = Path.Combine(Database.Directory, "leads.csv");
        await File.WriteAllTextAsync(leads, "Record ID,Company Name,Lifecycle Stage,Create Date\n301,=1+1,marketingqualifiedlead,2026-11-02\n");
        Assert.Equal(0, await RunAsync("import", leads));
        Out.GetStringBuilder().Clear();

        Assert.Equal(0, await RunAsync("export", "verdicts"));

        var text = Out.ToString();
        Assert.StartsWith(string.Join(',', ExportService.VerdictsHeader) + "\r\n", text, StringComparison.Ordinal);
        Assert.Contains("301,'=1+1,", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_UnknownKind_ExitsTwo()
    {
        Assert.Equal(2, await RunAsync("export", "budgets"));

        Assert.Contains("Use scorecard, goals or verdicts", Err.ToString(), StringComparison.Ordinal);
    }

    private Task<int> RunAsync(params string[] args)
        => InvokeAsync(args);
}
