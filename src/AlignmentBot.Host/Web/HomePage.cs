namespace AlignmentBot.Host.Web;

internal static class HomePage
{
    public static IEndpointRouteBuilder MapHomePage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Results.Content("""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>AlignmentBot</title></head>
            <body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto">
            <h1>AlignmentBot is running</h1>
            <p>Health: <a href="/healthz">/healthz</a>. Bot Framework endpoint: <code>POST /api/messages</code>. Slack endpoint: <code>POST /slack/events</code>.</p>
            </body></html>
            """, "text/html; charset=utf-8"));
        return app;
    }
}
