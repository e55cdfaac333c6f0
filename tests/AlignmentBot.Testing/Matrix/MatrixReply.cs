namespace AlignmentBot.Testing.Matrix;

/// <summary>What the bot answered, as a channel shows it: the text (with the card's content) and its buttons.</summary>
public sealed record MatrixReply(string Text, IReadOnlyList<MatrixButton> Buttons);

/// <summary>A button as the channel drew it; <see cref="Payload"/> is whatever the channel needs to press it again.</summary>
public sealed record MatrixButton(string Title, object Payload);
