namespace AlignmentBot.Channels.Teams.AdaptiveCards;

/// <summary>
/// Keys we add to every action's data so a press can be read back the same way whether it arrives as an
/// Action.Execute invoke or an Action.Submit message. Underscored so they cannot clash with input ids.
/// </summary>
internal static class SubmitData
{
    public const string Verb = "_verb";
    public const string CardId = "_card";

    public static bool IsReserved(string key) => key is Verb or CardId;
}
