namespace AlignmentBot.Application.Bot;

/// <summary>
/// A command for a closed set of phrasings ("settings", "history of the MQL goal"), read before the language model the
/// way role commands are, so its words never have to compete with the intents the model was trained on.
/// </summary>
public interface IPhraseCommand : IBotCommand
{
    bool Matches(string text);
}
