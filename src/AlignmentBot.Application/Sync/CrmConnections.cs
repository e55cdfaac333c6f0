using System.Security.Cryptography;
using AlignmentBot.Application.Ports;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Sync;

/// <summary>Connects workspaces to CRMs: checks the credentials with the CRM, then stores them protected.</summary>
public sealed class CrmConnections(ICrmConnectionStore store, ISecretProtector protector, IEnumerable<ICrmSource> sources, IWorkspaceStore workspaces, TimeProvider time)
{
    private readonly Dictionary<CrmSource, ICrmSource> _sources = sources.GroupBy(s => s.Source).ToDictionary(g => g.Key, g => g.Last());

    public ICrmSource Source(CrmSource source)
        => _sources.TryGetValue(source, out var found) ? found : throw new InvalidOperationException($"No {CrmNames.Label(source)} client is registered.");

    /// <summary>
    /// Stores the connection after <paramref name="verify"/>ing it with the CRM (one small request), replacing the
    /// workspace's earlier one for the same CRM. Throws <see cref="CrmSourceException"/> when the CRM refuses it; nothing is stored then.
    /// </summary>
    public async Task<CrmConnection> ConnectAsync(WorkspaceId workspaceId, CrmSource source, CrmConnectionSettings settings, CrmSecret secret, string connectedBy, bool verify, CancellationToken cancellationToken)
    {
        if (secret.IsEmpty)
        {
            throw new ArgumentException(source == CrmSource.HubSpot ? "The access token is empty." : "The secret is empty.", nameof(secret));
        }

        var connection = new CrmConnection(workspaceId, source, settings, secret, time.GetUtcNow(), connectedBy);
        if (verify)
        {
            await Source(source).VerifyAsync(connection, cancellationToken);
        }

        if (await workspaces.GetAsync(workspaceId, cancellationToken) is null)
        {
            await workspaces.SaveAsync(new Workspace(workspaceId, Platform.Local, workspaceId.Value), cancellationToken);
        }

        await store.SaveAsync(new StoredCrmConnection(workspaceId, source, settings, protector.Protect(secret.Reveal()), connection.ConnectedAt, connectedBy), cancellationToken);
        return connection;
    }

    /// <summary>The connection with its secret decrypted, or null when the workspace is not connected to <paramref name="source"/>.</summary>
    public async Task<CrmConnection?> GetAsync(WorkspaceId workspaceId, CrmSource source, CancellationToken cancellationToken)
        => await store.GetAsync(workspaceId, source, cancellationToken) is { } stored ? Open(stored) : null;

    public Task<IReadOnlyList<StoredCrmConnection>> ListAsync(WorkspaceId? workspaceId, CancellationToken cancellationToken) => store.ListAsync(workspaceId, cancellationToken);

    public Task<bool> DisconnectAsync(WorkspaceId workspaceId, CrmSource source, CancellationToken cancellationToken) => store.DeleteAsync(workspaceId, source, cancellationToken);

    public CrmConnection Open(StoredCrmConnection stored)
    {
        try
        {
            return new CrmConnection(stored.WorkspaceId, stored.Source, stored.Settings, new CrmSecret(protector.Unprotect(stored.ProtectedSecret)), stored.ConnectedAt, stored.ConnectedBy);
        }
        catch (CryptographicException ex)
        {
            throw new CrmSourceException(CrmFailure.Unauthorized,
                $"The stored {CrmNames.Label(stored.Source)} credentials cannot be decrypted: the data-protection keys that encrypted them are not available " +
                "(DataProtection:KeysDirectory changed, or the keys table was not copied). Connect again.", ex);
        }
    }
}
