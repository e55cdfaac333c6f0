namespace AlignmentBot.Conversations.Cards;

/// <summary>
/// A channel-neutral card. Teams renders it as an Adaptive Card (1.5), Slack as Block Kit (a form opens
/// as a modal). Keep cards small: channels split or summarise what does not fit their limits.
/// </summary>
/// <remarks>
/// Whose text is whose: only a <see cref="TextBlock"/> that is not <see cref="TextBlock.Literal"/> is markdown (the bot's
/// own wording). Every other string on a card (the title, fact labels and values, table columns and cells, inputs'
/// labels, values and placeholders, choice and button titles) is plain text that every channel shows as written, so
/// what people typed can go there as it is.
/// </remarks>
/// <param name="Id">Identity of the card, echoed back in <see cref="Messages.CardSubmission.CardId"/> so a press can be tied to it.</param>
public sealed record Card(string? Title, IReadOnlyList<CardBlock> Blocks, IReadOnlyList<CardAction>? Actions = null, string? Id = null)
{
    public IReadOnlyList<CardAction> ActionList => Actions ?? [];

    /// <summary>A card with inputs is a form: its actions submit the inputs' values.</summary>
    public bool IsForm => Blocks.Any(b => b is CardInput);

    public IEnumerable<CardInput> Inputs => Blocks.OfType<CardInput>();

    /// <summary>
    /// This card with every secret input emptied: the only form of it a channel may park, store or show again. The
    /// same card when no secret holds a value.
    /// </summary>
    public Card WithoutSecrets()
        => Blocks.Any(b => b is TextInput { Kind: InputKind.Secret, Value: not null })
            ? this with { Blocks = [.. Blocks.Select(b => b is TextInput { Kind: InputKind.Secret } secret ? secret with { Value = null } : b)] }
            : this;
}
