namespace AlignmentBot.Channels.Slack.Forms;

/// <summary>
/// Keeps what does not fit in a Slack button or modal (a form card waiting to be opened, a large button value)
/// under a short key. The default lives in memory for a day; a host with several instances replaces it.
/// </summary>
public interface ISlackFormStore
{
    string Save<T>(T value)
        where T : class;

    T? Find<T>(string key)
        where T : class;
}
