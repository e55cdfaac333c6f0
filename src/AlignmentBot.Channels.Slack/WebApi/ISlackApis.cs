namespace AlignmentBot.Channels.Slack.WebApi;

// One interface per Web API method group, as Slack documents them; SlackApiClient implements all of them.

internal interface IAuthApi
{
    Task<AuthTestResponse> TestAsync(CancellationToken cancellationToken);
}

internal interface IChatApi
{
    Task<PostMessageResponse> PostMessageAsync(PostMessageRequest request, CancellationToken cancellationToken);

    Task<PostMessageResponse> UpdateAsync(UpdateMessageRequest request, CancellationToken cancellationToken);

    Task<PostEphemeralResponse> PostEphemeralAsync(PostEphemeralRequest request, CancellationToken cancellationToken);
}

internal interface IViewsApi
{
    Task<ViewResponse> OpenAsync(ViewsOpenRequest request, CancellationToken cancellationToken);

    Task<ViewResponse> UpdateAsync(ViewsUpdateRequest request, CancellationToken cancellationToken);

    Task<ViewResponse> PublishAsync(ViewsPublishRequest request, CancellationToken cancellationToken);
}

internal interface IConversationsApi
{
    /// <summary>The id of the direct-message channel between the bot and <paramref name="userId"/>.</summary>
    Task<string> OpenDirectMessageAsync(string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Messages posted in <paramref name="channel"/> since <paramref name="oldest"/> (in the thread <paramref name="threadTs"/>
    /// when set: conversations.replies; otherwise conversations.history), with their metadata; at most a few pages.
    /// </summary>
    Task<IReadOnlyList<HistoryMessage>> RecentMessagesAsync(string channel, string? threadTs, DateTimeOffset oldest, CancellationToken cancellationToken);
}

internal interface IUsersApi
{
    Task<SlackUser> InfoAsync(string userId, CancellationToken cancellationToken);
}

internal interface IAppsConnectionsApi
{
    /// <summary>A fresh Socket Mode WebSocket URL (apps.connections.open, with the app-level token).</summary>
    Task<Uri> OpenAsync(CancellationToken cancellationToken);
}

internal interface IFilesApi
{
    /// <summary>files.getUploadURLExternal: an upload URL and file id for a file of <paramref name="length"/> bytes.</summary>
    Task<UploadUrlResponse> GetUploadUrlAsync(string fileName, long length, CancellationToken cancellationToken);

    /// <summary>POSTs the bytes to the upload URL Slack gave (no token: the URL itself is the authorisation).</summary>
    Task UploadAsync(Uri uploadUrl, byte[] content, CancellationToken cancellationToken);

    /// <summary>files.completeUploadExternal: shares the uploaded file in <paramref name="channel"/> (in the thread when set) with a comment.</summary>
    Task<CompleteUploadResponse> CompleteUploadAsync(UploadedFile file, string channel, string? threadTs, string? initialComment, CancellationToken cancellationToken);
}
