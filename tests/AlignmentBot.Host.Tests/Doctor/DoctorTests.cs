using System.Diagnostics;
using AlignmentBot.Host.Cli;
using AlignmentBot.Testing;
using Microsoft.Data.Sqlite;

namespace AlignmentBot.Host.Tests.Doctor;

/// <summary><c>doctor</c> through the command line, against loopback stand-ins for Slack, Entra and the Bot Connector's keys.</summary>
public sealed class DoctorTests : IAsyncLifetime
{
    private const string AppId = "6f1c1bb4-4a0b-4c2a-9f3e-0d9a2b1c3d4e";
    private const string TenantId = "0b1e2c3d-4f50-4a61-8b72-9c83d4e5f607";

    private readonly TempSqliteDatabase _database = new();
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();
    private DoctorStandIn _standIn = null!;

    public async Task InitializeAsync()
    {
        _standIn = await DoctorStandIn.StartAsync();
        await _database.MigratedAsync();
    }

    public async Task DisposeAsync()
    {
        await _standIn.DisposeAsync();
        _database.Dispose();
        _out.Dispose();
        _err.Dispose();
    }

    [Fact]
    public async Task Doctor_EverythingConfiguredAndWorking_PassesEveryCheckAndPrintsNoSecret()
    {
        var exit = await RunAsync(Everything());

        var output = _out.ToString();
        Assert.True(exit == 0, output);
        foreach (var check in new[] { "Configuration", "Database", "Database writes", "Database schema", "Slack bot token", "Slack scopes", "Slack requests", "Bot Framework token", "Bot Framework keys", "Teams app id", "Time zones", "Globalization", "Stored time zones" })
        {
            Assert.Contains($"✓ {check} ", output, StringComparison.Ordinal);
        }

        Assert.Contains("workspace Acme (T0DOCTOR), bot user U0BOT", output, StringComparison.Ordinal);
        Assert.Contains("1 signing keys from", output, StringComparison.Ordinal);
        Assert.DoesNotContain("✗", output, StringComparison.Ordinal);
        AssertNoSecret(output);
    }

    [Fact]
    public async Task Doctor_TokenWithoutChannelsAndGroupsRead_FailsNamingEachScopeAndWhatNeedsIt()
    {
        _standIn.GrantedScopes = ["app_mentions:read", "chat:write", "commands", "im:history", "im:write", "users:read"];

        Assert.Equal(1, await RunAsync(Everything()));

        var line = Line("✗ Slack scopes");
        Assert.Contains("channels:read (for event member_joined_channel)", line, StringComparison.Ordinal);
        Assert.Contains("groups:read (for event member_joined_channel)", line, StringComparison.Ordinal);
        Assert.Contains("reinstall the app", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_RevokedSlackToken_FailsWithSlacksErrorAndWhereToGetANewOne()
    {
        var settings = Everything();
        settings["Slack:BotToken"] = "xoxb-revoked-long-ago";

        Assert.Equal(1, await RunAsync(settings));

        Assert.Contains("answered invalid_auth", Line("✗ Slack bot token"), StringComparison.Ordinal);
        Assert.Contains("Bot User OAuth Token", _out.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("xoxb-revoked-long-ago", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_WrongClientSecret_FailsNamingMicrosoftAppPasswordWithoutPrintingIt()
    {
        var settings = Everything();
        settings["MicrosoftAppPassword"] = "a-wrong-secret-value";

        Assert.Equal(1, await RunAsync(settings));

        Assert.Contains("HTTP 401 invalid_client AADSTS7000215", Line("✗ Bot Framework token"), StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppPassword is wrong or expired", _out.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("a-wrong-secret-value", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_SigningKeysNotEndorsedForTeams_Fails()
    {
        _standIn.Endorsements = ["skype"];

        Assert.Equal(1, await RunAsync(Everything()));

        Assert.Contains("none endorsed for msteams", Line("✗ Bot Framework keys"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_MultiTenantWithATenantId_FailsTheTeamsAppIdConsistency()
    {
        var settings = Everything();
        settings["MicrosoftAppType"] = "MultiTenant";

        Assert.Equal(1, await RunAsync(settings));

        Assert.Contains("MultiTenant, which ignores it", Line("✗ Teams app id"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_ReadOnlyDatabase_FailsTheWriteProbeAndLeavesNoRow()
    {
        Assert.Equal(1, await RunAsync(new() { ["ConnectionStrings:AlignmentBot"] = $"Data Source={_database.Path};Mode=ReadOnly" }));

        Assert.Contains("✓ Database ", _out.ToString(), StringComparison.Ordinal);
        Assert.Contains("readonly", Line("✗ Database writes"), StringComparison.Ordinal);
        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM shared_items"));
    }

    [Fact]
    public async Task Doctor_MissingDatabase_FailsAndCreatesNothing()
    {
        var missing = Path.Combine(_database.Directory, "volume", "alignmentbot.db");

        Assert.Equal(1, await RunAsync(new() { ["ConnectionStrings:AlignmentBot"] = $"Data Source={missing}" }));

        Assert.Contains($"no database file at {missing}", Line("✗ Database "), StringComparison.Ordinal);
        Assert.Contains("db migrate", _out.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(missing)));
    }

    [Fact]
    public async Task Doctor_OlderSchema_FailsAndLeavesTheDatabaseAsItWas()
    {
        using var old = new TempSqliteDatabase();
        await old.MigratedAsync(version: 2);

        Assert.Equal(1, await RunAsync(new() { ["ConnectionStrings:AlignmentBot"] = old.ConnectionString }));

        Assert.Contains("version 2; this build expects", Line("✗ Database schema"), StringComparison.Ordinal);
        Assert.Equal(2, await old.Migrator().CurrentVersionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Doctor_UnreachablePostgres_FailsWithoutPrintingThePassword()
    {
        var port = LoopbackPort.Free();

        Assert.Equal(1, await RunAsync(new()
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:AlignmentBot"] = $"Host=127.0.0.1;Port={port};Database=alignmentbot;Username=bot;Password=pg-password-not-real;Timeout=3",
        }));

        Assert.Contains($"cannot open PostgreSQL database 'alignmentbot' on 127.0.0.1:{port}", Line("✗ Database "), StringComparison.Ordinal);
        Assert.Contains("not reachable", _out.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("pg-password-not-real", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_BadConfiguration_ListsEachProblemWithoutAStackTraceAndStillChecksTheRest()
    {
        var exit = await RunAsync(new() { ["NativeHeap:TrimInterval"] = "00:00:00.5", ["Slack:SocketConnections"] = "50" });

        Assert.Equal(1, exit);
        var output = _out.ToString();
        Assert.Contains("✗ Configuration", output, StringComparison.Ordinal);
        Assert.Contains("NativeHeap:TrimInterval must be", output, StringComparison.Ordinal);
        Assert.Contains("Slack:SocketConnections must be between 1 and 10", output, StringComparison.Ordinal);
        Assert.Contains("✓ Database schema", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output + _err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_ZoneStoredInTheDatabaseUnknownHere_FailsNamingIt()
    {
        await using (var connection = new SqliteConnection(_database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO workspaces (id, platform, name, time_zone, currency, industry, region, week_start) VALUES ('T1', 'slack', 'Acme', 'Mars/Olympus_Mons', 'USD', 'saas', 'na', 'monday')";
            await insert.ExecuteNonQueryAsync();
        }

        Assert.Equal(1, await RunAsync([]));

        Assert.Contains("Mars/Olympus_Mons", Line("✗ Stored time zones"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_NoTimeZoneDataAndInvariantGlobalization_FailsBothInTheRealProcess()
    {
        var empty = Path.Combine(_database.Directory, "no-zoneinfo");
        Directory.CreateDirectory(empty);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _database.Directory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "AlignmentBot.Host.dll"));
        start.ArgumentList.Add("doctor");
        start.Environment["ConnectionStrings__AlignmentBot"] = _database.ConnectionString;
        start.Environment["TZDIR"] = empty;
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("America/New_York", output.Split('\n').Single(l => l.StartsWith("✗ Time zones", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("install tzdata", output, StringComparison.Ordinal);
        Assert.Contains("✗ Globalization", output, StringComparison.Ordinal);
        Assert.Contains("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", output, StringComparison.Ordinal);
    }

    private Dictionary<string, string?> Everything() => new()
    {
        ["Slack:BotToken"] = DoctorStandIn.BotToken,
        ["Slack:AppToken"] = DoctorStandIn.AppToken,
        ["Slack:ApiBaseUrl"] = _standIn.SlackApiUrl,
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = DoctorStandIn.ClientSecret,
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppTenantId"] = TenantId,
        ["BotFramework:TokenEndpoint"] = _standIn.TokenEndpoint,
        ["BotFramework:OpenIdMetadataUrl"] = _standIn.MetadataUrl,
    };

    private string Line(string start) => _out.ToString().Split('\n').Single(l => l.StartsWith(start, StringComparison.Ordinal));

    private void AssertNoSecret(string output)
    {
        foreach (var secret in new[] { DoctorStandIn.BotToken, DoctorStandIn.AppToken, DoctorStandIn.ClientSecret, "eyJ.doctor.token" })
        {
            Assert.DoesNotContain(secret, output, StringComparison.Ordinal);
        }
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private Task<int> RunAsync(Dictionary<string, string?> settings)
    {
        settings.TryAdd("ConnectionStrings:AlignmentBot", _database.ConnectionString);
        return AlignmentCli.InvokeAsync(["doctor"], new CliContext(_out, _err, settings));
    }
}
