using AlignmentBot.Host.Cli;
using AlignmentBot.Host.Configuration;
using AlignmentBot.Testing;
using Microsoft.Extensions.Configuration;

namespace AlignmentBot.Host.Tests;

/// <summary>db migrate and db copy, as an operator moving a SQLite deployment onto PostgreSQL runs them.</summary>
public sealed class DbCliTests : IAsyncLifetime
{
    private readonly TempSqliteDatabase _sqlite = new();
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();
    private TempPostgresDatabase _postgres = null!;

    public async Task InitializeAsync() => _postgres = await TempPostgresDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        _sqlite.Dispose();
        await _postgres.DisposeAsync();
        _out.Dispose();
        _err.Dispose();
    }

    [Fact]
    public async Task Migrate_Postgres_PrintsTheVersionAndWhereButNoCredentials()
    {
        var postgres = new Dictionary<string, string?> { ["Storage:Provider"] = "Postgres", ["ConnectionStrings:AlignmentBot"] = _postgres.ConnectionString + ";Password=hunter2" };

        Assert.Equal(0, await RunAsync(postgres, "db", "migrate"));

        var output = _out.ToString();
        Assert.Contains($"PostgreSQL database '{_postgres.Name}' on 127.0.0.1:", output, StringComparison.Ordinal);
        Assert.Contains($"schema version {Storage.Migrations.MigrationCatalog.For("Postgres").Count}", output, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", output + _err, StringComparison.Ordinal);
        Assert.DoesNotContain("Username", output + _err, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Copy_DemoCompanyFromSqlite_CommitsWithMatchingChecksumsAndRefusesASecondTime()
    {
        Assert.Equal(0, await RunAsync(Sqlite(), "demo"));

        Assert.Equal(0, await RunAsync(Sqlite(), "db", "copy", "--to", _postgres.ConnectionString));

        var output = _out.ToString();
        Assert.Contains("every row count and checksum matches. Committed.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("MISMATCH", output, StringComparison.Ordinal);
        // The demo's history ends today, so its lead count depends on the date; both sides must agree on it.
        var leads = System.Text.RegularExpressions.Regex.Match(output, @"leads\s+(\d+)\s+([0-9a-f]{32})\s+(\d+)\s+([0-9a-f]{32})\s+ok");
        Assert.True(leads.Success, output);
        Assert.True(int.Parse(leads.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 100, output);
        Assert.Equal(leads.Groups[1].Value, leads.Groups[3].Value);
        Assert.Equal(leads.Groups[2].Value, leads.Groups[4].Value);

        // The PostgreSQL deployment shows the same scorecard the SQLite one did.
        var postgres = new Dictionary<string, string?> { ["Storage:Provider"] = "Postgres", ["ConnectionStrings:AlignmentBot"] = _postgres.ConnectionString };
        _out.GetStringBuilder().Clear();
        Assert.Equal(0, await RunAsync(Sqlite(), "scorecard"));
        var fromSqlite = _out.ToString();
        _out.GetStringBuilder().Clear();
        Assert.Equal(0, await RunAsync(postgres, "scorecard"));
        Assert.Equal(fromSqlite, _out.ToString());

        Assert.Equal(2, await RunAsync(Sqlite(), "db", "copy", "--to", _postgres.ConnectionString));
        Assert.Contains("--force", _err.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await RunAsync(Sqlite(), "db", "copy", "--to", _postgres.ConnectionString, "--force"));
    }

    [Fact]
    public void Storage_PostgresWithoutAConnectionString_IsAStartUpErrorThatSaysWhatToSet()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Provider"] = "Postgres" }).Build();

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => HostServiceCollectionExtensions.Storage(configuration));

        Assert.Contains("ConnectionStrings:AlignmentBot", error.Message, StringComparison.Ordinal);
    }

    private Dictionary<string, string?> Sqlite() => new() { ["ConnectionStrings:AlignmentBot"] = _sqlite.ConnectionString };

    private Task<int> RunAsync(Dictionary<string, string?> configuration, params string[] args)
        => AlignmentCli.InvokeAsync(args, new CliContext(_out, _err, configuration));
}
