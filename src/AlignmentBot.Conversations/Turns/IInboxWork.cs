namespace AlignmentBot.Conversations.Turns;

/// <summary>
/// Work with a key: recorded in the inbox before the platform is acknowledged (when its type is registered with
/// <see cref="TurnWorkServiceCollectionExtensions.AddTurnWork{TWork, THandler}"/>), done once however often the
/// platform delivers it, and resumed after a crash or a stop.
/// </summary>
public interface IInboxWork : ITurnWork
{
    TurnWorkKey Key { get; }
}
