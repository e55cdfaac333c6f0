using System.Text.Json.Serialization;

namespace AlignmentBot.Channels.Slack.BlockKit;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ButtonElement), "button")]
[JsonDerivedType(typeof(PlainTextInputElement), "plain_text_input")]
[JsonDerivedType(typeof(NumberInputElement), "number_input")]
[JsonDerivedType(typeof(StaticSelectElement), "static_select")]
[JsonDerivedType(typeof(DatePickerElement), "datepicker")]
[JsonDerivedType(typeof(UsersSelectElement), "users_select")]
internal abstract record BlockElement([property: JsonPropertyName("action_id")] string ActionId);
