namespace AlignmentBot.Conversations.Turns;

/// <summary>A turn could not run because storage is unavailable; it stays in the inbox and is tried again.</summary>
public sealed class TurnDeferredException : Exception
{
    public TurnDeferredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TurnDeferredException()
    {
    }

    public TurnDeferredException(string message)
        : base(message)
    {
    }
}
