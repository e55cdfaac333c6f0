using System.Xml.Linq;
using AlignmentBot.Storage.Sql;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace AlignmentBot.Storage.Secrets;

/// <summary>
/// The Data Protection key ring in the bot's own database (table data_protection_keys), so every instance on the
/// database, and the command line, reads the same keys. The keys sit beside the secrets they protect: a copy of the
/// database holds both. Set DataProtection:KeysDirectory to keep them elsewhere (docs/crm-sync.md).
/// </summary>
public sealed class SqlXmlRepository(IDbConnectionFactory connections, TimeProvider time) : IXmlRepository
{
    // IXmlRepository is synchronous by contract. Data Protection calls it only when it loads its key ring (first use,
    // then about once a day) or creates a key (every 90 days), never on a request's hot path.
    public IReadOnlyCollection<XElement> GetAllElements() => Task.Run(LoadAsync).GetAwaiter().GetResult();

    public void StoreElement(XElement element, string friendlyName) => Task.Run(() => StoreAsync(element, friendlyName)).GetAwaiter().GetResult();

    private async Task<IReadOnlyCollection<XElement>> LoadAsync()
    {
        await using var db = await connections.OpenAsync(CancellationToken.None);
        await using var command = db.Command("SELECT xml FROM data_protection_keys ORDER BY created_at, friendly_name");
        await using var reader = await command.ExecuteReaderAsync();
        var elements = new List<XElement>();
        while (await reader.ReadAsync())
        {
            elements.Add(XElement.Parse(reader.GetString(0)));
        }

        return elements;
    }

    private async Task StoreAsync(XElement element, string friendlyName)
    {
        // Two instances starting at once may each create a first key; both are kept, and either decrypts what the other protected.
        var name = string.IsNullOrWhiteSpace(friendlyName) ? Guid.NewGuid().ToString("D") : friendlyName;
        await using var db = await connections.OpenAsync(CancellationToken.None);
        await using var command = db.Command("INSERT INTO data_protection_keys (friendly_name, xml, created_at) VALUES (@name, @xml, @at) ON CONFLICT (friendly_name) DO NOTHING")
            .With(connections.Dialect, ("@name", name), ("@xml", element.ToString(SaveOptions.DisableFormatting)), ("@at", time.GetUtcNow()));
        await command.ExecuteNonQueryAsync();
    }
}
