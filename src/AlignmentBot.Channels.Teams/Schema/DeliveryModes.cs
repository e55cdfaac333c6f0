namespace AlignmentBot.Channels.Teams.Schema;

internal static class DeliveryModes
{
    /// <summary>The caller wants the turn's replies in the HTTP response body instead of through the Connector.</summary>
    public const string ExpectReplies = "expectReplies";
}
