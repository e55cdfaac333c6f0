using System.Reflection;

namespace AlignmentBot.Host.Web;

/// <summary>
/// GET / is the local web chat: a page that talks to POST /api/messages with deliveryMode "expectReplies" and
/// draws the bot's Adaptive Cards, so every conversation can be tried without Teams or Slack. Its files are
/// embedded in the assembly (Web/WebChat), so the page works from any working directory.
/// </summary>
internal static class HomePage
{
    private static readonly (string Path, string Resource, string ContentType)[] Files =
    [
        ("/", "index.html", "text/html; charset=utf-8"),
        ("/webchat/webchat.js", "webchat.js", "text/javascript; charset=utf-8"),
        ("/webchat/webchat.css", "webchat.css", "text/css; charset=utf-8"),
    ];

    public static IEndpointRouteBuilder MapHomePage(this IEndpointRouteBuilder app)
    {
        foreach (var (path, resource, contentType) in Files)
        {
            var content = Read(resource);
            app.MapGet(path, (HttpContext context) =>
            {
                // The page only ever talks to this origin; keep it that way.
                context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'";
                context.Response.Headers.XContentTypeOptions = "nosniff";
                context.Response.Headers.CacheControl = "no-cache";
                return Results.Text(content, contentType);
            });
        }

        return app;
    }

    private static string Read(string name)
    {
        var assembly = typeof(HomePage).Assembly;
        using var stream = assembly.GetManifestResourceStream($"AlignmentBot.Host.Web.WebChat.{name}")
            ?? throw new InvalidOperationException($"Web chat asset {name} is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
