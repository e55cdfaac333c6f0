using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace AlignmentBot.Integrations.Crm.StandIns;

internal static class StandInJson
{
    public static string HubSpotTime(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string SalesforceTime(DateTimeOffset at) => CrmFixture.Seconds(at).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'.000+0000'", CultureInfo.InvariantCulture);

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static async Task WriteAsync(HttpContext context, int status, Action<Utf8JsonWriter> write)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json;charset=UTF-8";
        await using (var writer = new Utf8JsonWriter(context.Response.BodyWriter))
        {
            write(writer);
        }

        await context.Response.BodyWriter.FlushAsync();
    }
}
