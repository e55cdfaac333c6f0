namespace AlignmentBot.Channels.Slack.BlockKit;

/// <summary>Slack's Block Kit limits (docs/channels/slack.md, Block Kit limits). Exceeding any of them fails the whole API call.</summary>
internal static class BlockKitLimits
{
    public const int MessageBlocks = 50;
    public const int ViewBlocks = 100;
    public const int SectionText = 3000;
    public const int SectionFields = 10;
    public const int FieldText = 2000;
    public const int HeaderText = 150;
    public const int ActionsElements = 25;
    public const int ContextElements = 10;
    public const int ButtonText = 75;
    public const int ButtonValue = 2000;
    public const int ActionId = 255;
    public const int BlockId = 255;
    public const int InputLabel = 2000;
    public const int Placeholder = 150;
    public const int OptionText = 75;
    public const int OptionValue = 150;
    public const int SelectOptions = 100;
    public const int InitialValue = 3000;
    public const int ViewTitle = 24;
    public const int ViewButton = 24;
    public const int PrivateMetadata = 3000;
    public const int MessageText = 40_000;

    /// <summary>Cuts to <paramref name="max"/> characters, ending with an ellipsis, never splitting a surrogate pair.</summary>
    public static string Fit(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - 1;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), "…");
    }
}
