using AlignmentBot.Conversations.Turns;
using AlignmentBot.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AlignmentBot.Channels.Teams.Tests.WebChat;

/// <summary>The real AlignmentBot host on a loopback Kestrel port (a browser needs a socket), on its own SQLite file.</summary>
public sealed class WebChatHost : WebApplicationFactory<Program>
{
    private readonly TempSqliteDatabase _database = new();
    private readonly IBot? _bot;

    /// <param name="bot">A fake bot to replace the registered one; null runs the product's own bot.</param>
    public WebChatHost(IBot? bot)
    {
        _bot = bot;
        UseKestrel(0);
    }

    public string BaseUrl
    {
        get
        {
            StartServer();
            return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:AlignmentBot", _database.ConnectionString);
        if (_bot is not null)
        {
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton(_bot)));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _database.Dispose();
    }
}
