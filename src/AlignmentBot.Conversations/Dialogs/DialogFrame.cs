using System.Text.Json;

namespace AlignmentBot.Conversations.Dialogs;

/// <summary>One dialog on the stack: which dialog, which version of its state shape, where it is, and its typed state as JSON.</summary>
public sealed record DialogFrame(string DialogId, int StateVersion, int Step, JsonElement State);
