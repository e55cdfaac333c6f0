using System.Text;
using System.Text.Json;

namespace AlignmentBot.Application.Audit;

/// <summary>
/// A record's fields as a reader would compare them ("target" → "200"), in a fixed order. Stored as compact JSON;
/// empty values are left out, so a field that appears or disappears shows as a change from or to nothing.
/// </summary>
public sealed class AuditFields
{
    private static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly List<KeyValuePair<string, string?>> _fields;

    private AuditFields(List<KeyValuePair<string, string?>> fields) => _fields = fields;

    public IReadOnlyDictionary<string, string?> Values => _fields.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);

    public IReadOnlyList<KeyValuePair<string, string?>> InOrder => _fields;

    public static AuditFields Of(params (string Field, string? Value)[] fields)
        => new(fields.Where(f => !string.IsNullOrEmpty(f.Value)).Select(f => new KeyValuePair<string, string?>(f.Field, f.Value)).ToList());

    public string? this[string field] => _fields.FirstOrDefault(f => f.Key == field).Value;

    /// <summary>The same fields with the same values: nothing a reader would call a change.</summary>
    public bool SameAs(AuditFields? other)
        => other is not null && _fields.Count == other._fields.Count && _fields.Zip(other._fields).All(p => p.First.Key == p.Second.Key && p.First.Value == p.Second.Value);

    /// <summary>These fields with every value for which <paramref name="replace"/> returns something else replaced.</summary>
    public AuditFields Map(Func<string, string, string> replace)
        => new(_fields.Select(f => new KeyValuePair<string, string?>(f.Key, f.Value is null ? null : replace(f.Key, f.Value))).ToList());

    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            writer.WriteStartObject();
            foreach (var (field, value) in _fields)
            {
                writer.WriteString(field, value);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static AuditFields? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        return new AuditFields(document.RootElement.EnumerateObject()
            .Select(p => new KeyValuePair<string, string?>(p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText()))
            .ToList());
    }

    public override string ToString() => ToJson();
}
