namespace AlignmentBot.Channels.Teams.Tests.Support;

/// <summary>
/// Base for tests that post activities to the Teams host and watch what reaches the Bot Connector: a fresh token
/// issuer, Connector stand-in and host for each test, torn down in reverse order.
/// </summary>
public abstract class ConnectedHostTest : IAsyncLifetime
{
    /// <summary>The tenant of the Teams fixtures.</summary>
    protected const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    public async Task InitializeAsync()
    {
        Identity = await TestIdentity.StartAsync();
        Connector = await ConnectorStandIn.StartAsync();
        Host = await TeamsTestHost.StartAsync(Identity);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
        await Identity.DisposeAsync();
    }

    /// <summary>Signs channel tokens and issues the bot's app tokens.</summary>
    protected TestIdentity Identity { get; private set; } = null!;

    /// <summary>Where replies and proactive messages go: activities should carry its <see cref="ConnectorStandIn.ServiceUrl"/>.</summary>
    protected ConnectorStandIn Connector { get; private set; } = null!;

    /// <summary>The Teams channel with a scripted bot, trusting <see cref="Identity"/>.</summary>
    protected TeamsTestHost Host { get; private set; } = null!;
}
