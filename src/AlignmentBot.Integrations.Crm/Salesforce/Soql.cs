using System.Globalization;
using System.Text;

namespace AlignmentBot.Integrations.Crm.Salesforce;

/// <summary>The SOQL the sync runs: records changed since the cursor, oldest first with ties by id, and their stage history.</summary>
internal static class Soql
{
    public static string Leads(string? reasonField, string? campaignField, DateTimeOffset? since, string? lastId)
    {
        var fields = new List<string> { "Id", "Status", "IsConverted", "ConvertedDate", "LeadSource", "Company", "Email", "CreatedDate", "SystemModstamp" };
        AddField(fields, reasonField);
        AddField(fields, campaignField);
        return $"SELECT {string.Join(", ", fields)} FROM Lead{Since(since, lastId)} ORDER BY SystemModstamp, Id";
    }

    public static string Opportunities(DateTimeOffset? since, string? lastId)
        => $"SELECT Id, StageName, Amount, CloseDate, IsWon, IsClosed, LeadSource, Campaign.Name, CreatedDate, SystemModstamp FROM Opportunity{Since(since, lastId)} ORDER BY SystemModstamp, Id";

    /// <summary>Status (or StageName) changes of these records; NewValue cannot be filtered on, so the field is.</summary>
    public static string History(string historyObject, string idField, string field, IEnumerable<string> ids)
        => $"SELECT {idField}, NewValue, CreatedDate FROM {historyObject} WHERE Field = {Literal(field)} AND {idField} IN ({string.Join(", ", ids.Select(Literal))}) ORDER BY CreatedDate";

    /// <summary>A SOQL dateTime literal (second precision, as Salesforce stores SystemModstamp).</summary>
    public static string DateTime(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A quoted string literal with SOQL's escapes.</summary>
    public static string Literal(string value)
    {
        var text = new StringBuilder("'");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '\'' => "\\'",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }

        return text.Append('\'').ToString();
    }

    private static string Since(DateTimeOffset? since, string? lastId) => since switch
    {
        null => string.Empty,
        { } t when lastId is null => $" WHERE SystemModstamp >= {DateTime(t)}",
        { } t => $" WHERE SystemModstamp > {DateTime(t)} OR (SystemModstamp = {DateTime(t)} AND Id > {Literal(lastId)})",
    };

    private static void AddField(List<string> fields, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        var field = name.Trim();

        // A field name goes into the query as it is, so it must be one: letters, digits, underscores, relationship dots.
        if (!field.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.'))
        {
            throw new ArgumentException($"'{field}' is not a Salesforce field name.", nameof(name));
        }

        if (!fields.Contains(field, StringComparer.OrdinalIgnoreCase))
        {
            fields.Add(field);
        }
    }
}
