namespace AlignmentBot.Conversations.Turns;

/// <summary>A downloaded file, or why it could not be downloaded (in words for the person, never a token or URL).</summary>
public sealed record SharedFileDownload(byte[]? Content, string? Problem, bool TooLarge = false)
{
    public static SharedFileDownload Of(byte[] content) => new(content, null);

    public static SharedFileDownload Failed(string problem) => new(null, problem);

    public static SharedFileDownload Oversized(long maxBytes) => new(null, $"it is larger than {SharedFileLimits.Describe(maxBytes)}", TooLarge: true);

    /// <summary>Reads at most one byte past <paramref name="maxBytes"/>, so a server that lies about the length cannot fill memory.</summary>
    public static async Task<SharedFileDownload> ReadAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return Oversized(maxBytes);
            }
        }

        return Of(buffer.ToArray());
    }
}
