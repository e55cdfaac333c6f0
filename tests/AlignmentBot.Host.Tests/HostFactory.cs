using AlignmentBot.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AlignmentBot.Host.Tests;

/// <summary>The real host in memory, on its own temp SQLite file.</summary>
public sealed class HostFactory : WebApplicationFactory<Program>
{
    private readonly TempSqliteDatabase _database = new();

    public Dictionary<string, string?> Settings { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:AlignmentBot", _database.ConnectionString);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _database.Dispose();
    }
}
