namespace AlignmentBot.Application.Sync;

/// <summary>
/// One CRM's API, page by page. Implementations live at the edge (AlignmentBot.Integrations.Crm); the sync only sees
/// neutral records. A page is read from a cursor alone, so a run that stopped anywhere continues from the saved one.
/// </summary>
public interface ICrmSource
{
    CrmSource Source { get; }

    /// <summary>The records changed since <paramref name="cursor"/>, oldest change first. Throws <see cref="CrmSourceException"/> when it cannot.</summary>
    Task<CrmPage> ReadPageAsync(CrmConnection connection, CrmObjectKind kind, CrmCursor cursor, CancellationToken cancellationToken);

    /// <summary>Checks the credentials and the scopes the sync needs with the smallest request; throws <see cref="CrmSourceException"/> when they do not work.</summary>
    Task VerifyAsync(CrmConnection connection, CancellationToken cancellationToken);
}
