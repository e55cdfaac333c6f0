using AlignmentBot.Channels.Slack;
using AlignmentBot.Channels.Teams;
using AlignmentBot.Host.Configuration;
using AlignmentBot.Storage.Migrations;
using Microsoft.Extensions.Hosting;

namespace AlignmentBot.Host.Cli;

/// <summary>The same composition as the web host, without the web server, for one-shot commands.</summary>
internal static class CliServices
{
    public static Task<IHost> StartAsync(CliContext context, CancellationToken cancellationToken)
        => StartAsync(context, channels: false, cancellationToken);

    /// <summary>
    /// For commands that post (<c>digest send</c>) or report whether they can (<c>digest list</c>): also the Slack and
    /// Teams channels exactly as the web host registers them, from the same configuration, so their senders post with
    /// the configured bot token and app id. The host is built, never run: no web server, Socket Mode or scheduler starts.
    /// </summary>
    public static Task<IHost> StartWithChannelsAsync(CliContext context, CancellationToken cancellationToken)
        => StartAsync(context, channels: true, cancellationToken);

    private static async Task<IHost> StartAsync(CliContext context, bool channels, CancellationToken cancellationToken)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        // Commands print their own results; only problems belong in the log. (Configured levels beat
        // SetMinimumLevel, so the categories appsettings.json raises are lowered here too.)
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
            ["Logging:LogLevel:Quartz"] = "Warning",

            // Data Protection warns once, when it creates its first key, that the key is stored unencrypted: docs/crm-sync.md
            // says so and how to keep keys elsewhere; a `sync connect` should not print it as if something failed.
            ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",
        });
        if (context.Configuration is not null)
        {
            builder.Configuration.AddInMemoryCollection(context.Configuration);
        }

        if (context.Time is not null)
        {
            builder.Services.AddSingleton(context.Time);
        }

        builder.Services.AddAlignmentCore(builder.Configuration);
        if (channels)
        {
            builder.Services.AddTeamsChannel(builder.Configuration);
            builder.Services.AddSlackChannel(builder.Configuration);
        }

        context.Services?.Invoke(builder.Services);
        var host = builder.Build();
        try
        {
            ConfigurationProblems.Validate(host.Services);
            await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken: cancellationToken);
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }
}
