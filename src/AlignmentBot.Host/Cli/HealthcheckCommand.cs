using System.CommandLine;
using System.Net;

namespace AlignmentBot.Host.Cli;

/// <summary>
/// healthcheck: GET /healthz on this machine and exit 0 when it answers 200, 1 otherwise. For container
/// HEALTHCHECKs, where the runtime image has no curl: the address comes from the same settings the web host
/// listens on (ASPNETCORE_HTTP_PORTS, ASPNETCORE_URLS or --urls), so the check follows the host when the port moves.
/// </summary>
internal static class HealthcheckCommand
{
    public static Command Create(CliContext context)
    {
        var url = new Option<string?>("--url") { Description = "Health endpoint to ask. Default: /healthz on the first address the web host would listen on." };
        var timeout = new Option<TimeSpan>("--timeout") { Description = "How long to wait for the answer.", DefaultValueFactory = _ => TimeSpan.FromSeconds(5) };
        var command = new Command("healthcheck", "Ask the running web host's /healthz; exit 0 when it is healthy (for container HEALTHCHECKs, which have no curl).") { url, timeout };
        command.SetAction(async (parse, cancellationToken) =>
        {
            Uri target;
            if (parse.GetValue(url) is { } given)
            {
                if (!Uri.TryCreate(given, UriKind.Absolute, out target!) || (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps))
                {
                    await context.Error.WriteLineAsync("--url must be an absolute http(s) URL, e.g. http://localhost:8080/healthz.");
                    return 2;
                }
            }
            else
            {
                target = new Uri(ListenAddress(Settings(context)), Web.HealthEndpoints.Path.TrimStart('/'));
            }

            using var http = new HttpClient { Timeout = parse.GetValue(timeout) };
            try
            {
                using var response = await http.GetAsync(target, cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                var summary = body.Length > 300 ? body[..300] + "…" : body;
                await (response.StatusCode == HttpStatusCode.OK ? context.Output : context.Error).WriteLineAsync($"{target}: {(int)response.StatusCode} {summary}");
                return response.StatusCode == HttpStatusCode.OK ? 0 : 1;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                await context.Error.WriteLineAsync($"{target}: no answer ({(ex is TaskCanceledException ? "timed out" : ex.Message)})");
                return 1;
            }
        });
        return command;
    }

    /// <summary>Where the host listens, as a loopback address: the first of urls, else the first of http_ports, else the default.</summary>
    internal static Uri ListenAddress(IConfiguration settings)
    {
        if (settings["urls"] is { Length: > 0 } urls)
        {
            var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];

            // Wildcards bind every interface; the check goes to loopback, where the host listens too.
            var local = first.Replace("://*", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal)
                .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).Replace("://[::]", "://localhost", StringComparison.Ordinal);
            return new Uri(local.EndsWith('/') ? local : local + "/");
        }

        if (settings["http_ports"] is { Length: > 0 } ports)
        {
            return new Uri($"http://localhost:{ports.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0]}/");
        }

        return new Uri(Web.WebHost.DefaultUrl + "/");
    }

    // The keys the web host reads its addresses from, without building it: a health probe runs every few seconds.
    private static IConfiguration Settings(CliContext context)
    {
        var builder = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_");
        if (context.Configuration is not null)
        {
            builder.AddInMemoryCollection(context.Configuration);
        }

        return builder.Build();
    }
}
