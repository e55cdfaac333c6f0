namespace AlignmentBot.Channels.Slack.Forms;

/// <summary>
/// Keeps what does not fit in a Slack button or modal (a form card waiting to be opened, a large button value)
/// under a short key. The default lives in memory for a day. With several instances on one database the shared one
/// is used, so a button posted by one instance can be pressed on another.
/// </summary>
public interface ISlackFormStore
{
    /// <summary>Parks <paramref name="value"/> and returns its key. Called while a message is rendered, so it does not wait for storage.</summary>
    string Save<T>(T value)
        where T : class;

    ValueTask<T?> FindAsync<T>(string key, CancellationToken cancellationToken)
        where T : class;

    /// <summary>Waits until everything saved so far can be found by every instance. Called before a rendered message goes to Slack.</summary>
    ValueTask FlushAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
