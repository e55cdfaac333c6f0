using System.Globalization;

namespace AlignmentBot.Conversations.Turns;

/// <summary>Sizes said the way people read them.</summary>
public static class SharedFileLimits
{
    public static string Describe(long bytes) => bytes switch
    {
        >= 1024 * 1024 when bytes % (1024 * 1024) == 0 => $"{bytes / (1024 * 1024)} MB",
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB"),
        >= 1024 => $"{bytes / 1024} KB",
        _ => $"{bytes} bytes",
    };
}
