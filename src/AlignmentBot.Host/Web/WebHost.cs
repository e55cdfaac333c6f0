using AlignmentBot.Channels.Slack;
using AlignmentBot.Host.Configuration;

namespace AlignmentBot.Host.Web;

public static class WebHost
{
    public const string DefaultUrl = "http://localhost:3978";

    public static WebApplication Build(string[] args)
    {
        // Config files sit next to the binary; the SQLite file stays relative to the working directory.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]) && string.IsNullOrEmpty(builder.Configuration["https_ports"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddAlignmentCore(builder.Configuration);
        builder.Services.AddAlignmentHealthChecks();

        // Slack channel (issue 5): idle without Slack:BotToken.
        builder.Services.AddSlackChannel(builder.Configuration);

        var app = builder.Build();
        app.MapHomePage();
        app.MapAlignmentHealth();

        // Slack channel (issue 5): POST /slack/events.
        app.MapSlackChannel();
        return app;
    }

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var app = Build(args);
        app.Logger.LogInformation("Storage: {Storage}", HostServiceCollectionExtensions.DescribeStorage(app.Configuration));
        await app.RunAsync(cancellationToken);
        return 0;
    }
}
