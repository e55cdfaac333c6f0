namespace AlignmentBot.Application.Bot;

/// <summary>The "Bot" configuration section.</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>A half-finished dialog left alone this long is dropped, and the person told so when they come back.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);
}
