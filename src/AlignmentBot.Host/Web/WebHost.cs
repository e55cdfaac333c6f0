using AlignmentBot.Channels.Slack;
using AlignmentBot.Channels.Teams;
using AlignmentBot.Host.Configuration;
using AlignmentBot.Host.Observability;
using AlignmentBot.Host.Runtime;
using AlignmentBot.Storage.Migrations;

namespace AlignmentBot.Host.Web;

public static class WebHost
{
    public const string DefaultUrl = "http://localhost:3978";

    /// <summary>The web host. <paramref name="configure"/> runs after our services are added, so a caller (the load
    /// harness's echo bot, a test) can replace one of them, e.g. <c>IBot</c>. <paramref name="settings"/> come last and win.
    /// Invalid configuration throws before anything starts: <see cref="ConfigurationProblems.Describe"/> turns it into lines.</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = CreateBuilder(args, settings);
        configure?.Invoke(builder);

        var app = builder.Build();

        // Every options check now, so all problems are reported together, as lines, before the host logs a stack trace.
        ConfigurationProblems.Validate(app.Services);
        app.MapHomePage();
        app.MapAlignmentHealth();
        app.MapTeamsChannel(); // Teams channel: POST /api/messages (Teams and the local web chat)
        app.MapSlackChannel(); // Slack channel: POST /slack/events
        return app;
    }

    /// <summary>The web host's configuration and services, not yet built: <c>doctor</c> inspects exactly what <c>serve</c> would run.</summary>
    public static WebApplicationBuilder CreateBuilder(string[] args, IReadOnlyDictionary<string, string?>? settings = null)
    {
        // Config files sit next to the binary; the SQLite file stays relative to the working directory.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]) && string.IsNullOrEmpty(builder.Configuration["https_ports"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddAlignmentCore(builder.Configuration);
        builder.Services.AddAlignmentHealthChecks();
        builder.Services.AddNativeHeapTrimming(builder.Configuration); // glibc keeps freed memory; hand it back every 5 s
        builder.Services.AddTeamsChannel(builder.Configuration); // Teams channel: /api/messages, Connector, "msteams" sender
        builder.Services.AddSlackChannel(builder.Configuration); // Slack channel: idle without Slack:BotToken
        builder.Services.AddAlignmentTelemetry(builder.Configuration); // traces and metrics, only when OTEL_ variables ask
        return builder;
    }

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var app = Build(args, settings: settings);
        app.Logger.LogInformation("Storage: {Storage}", HostServiceCollectionExtensions.DescribeStorage(app.Configuration));

        // Before the host starts, so a database that cannot be used is one line (StorageStartupException), not a host
        // start-up failure with its stack trace. Starting migrates again, finding nothing left to do.
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken: cancellationToken);
        await app.RunAsync(cancellationToken);
        return 0;
    }
}
