using AlignmentBot.Integrations.Crm.StandIns;

namespace AlignmentBot.Integrations.Crm.Tests.Support;

/// <summary>
/// Base for tests of one CRM's sync: for each test, a fresh <see cref="Expected.Fixture"/>, that CRM's stand-in
/// started on it and a rig connected to the stand-in; the rig is disposed before the stand-in.
/// </summary>
public abstract class ConnectedSyncTest<TStandIn> : IAsyncLifetime
    where TStandIn : StandInServer
{
    public async Task InitializeAsync()
    {
        StandIn = Create(Fixture);
        await StandIn.StartAsync();
        Rig = await SyncRig.StartAsync();
        await ConnectAsync(Rig, StandIn);
    }

    public async Task DisposeAsync()
    {
        await Rig.DisposeAsync();
        await StandIn.DisposeAsync();
    }

    /// <summary>The contacts and deals the stand-in serves; a test may change them between runs.</summary>
    protected CrmFixture Fixture { get; } = Expected.Fixture();

    protected TStandIn StandIn { get; private set; } = null!;

    protected SyncRig Rig { get; private set; } = null!;

    /// <summary>The stand-in for <paramref name="fixture"/>, not yet started.</summary>
    protected abstract TStandIn Create(CrmFixture fixture);

    /// <summary>Connects the workspace of <paramref name="rig"/> to the started stand-in.</summary>
    protected abstract Task ConnectAsync(SyncRig rig, TStandIn standIn);
}
