using AlignmentBot.Channels.Slack.Inbound;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Channels.Slack;

public static class SlackEndpointRouteBuilderExtensions
{
    public const string EventsPath = "/slack/events";

    /// <summary>POST /slack/events: events, the slash command and interactivity on one Request URL.</summary>
    public static IEndpointConventionBuilder MapSlackChannel(this IEndpointRouteBuilder endpoints)
        => endpoints.MapPost(EventsPath, (HttpContext http) => http.RequestServices.GetRequiredService<SlackHttpEndpoint>().HandleAsync(http))
            .WithName("SlackEvents")
            .DisableAntiforgery();
}
