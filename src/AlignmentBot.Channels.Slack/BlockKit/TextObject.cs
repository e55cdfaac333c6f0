using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Slack.BlockKit;

/// <summary>
/// A Block Kit text object. Deliberately not polymorphic: System.Text.Json writes a type discriminator only when
/// the declared type is the base, and a header's text is declared as <see cref="PlainText"/>. Carrying "type" as an
/// ordinary property keeps it in the JSON whichever way the object is declared (the TypeScript check caught this).
/// </summary>
internal record TextObject(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("text")] string Text)
{
    /// <summary>plain_text only: let Slack turn :shortcodes: into emoji.</summary>
    [JsonPropertyName("emoji")]
    public bool? Emoji { get; init; }
}
