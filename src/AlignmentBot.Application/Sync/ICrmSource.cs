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

    /// <summary>
    /// The cursor a new run starts from, given the one the last run saved: a source may step back a little (HubSpot's
    /// search index can list a change a few seconds late) or drop what only lived in the last process (a query locator).
    /// Records read twice are stored once.
    /// </summary>
    CrmCursor Resume(CrmCursor saved);

    /// <summary>Checks the credentials and the scopes the sync needs with the smallest request; throws <see cref="CrmSourceException"/> when they do not work.</summary>
    Task VerifyAsync(CrmConnection connection, CancellationToken cancellationToken);
}
