namespace AlignmentBot.Channels.Teams.Authentication;

/// <param name="Failure">Why the request was refused, for the log only; the caller gets a bare 401.</param>
internal sealed record AuthenticationResult(CallerIdentity? Caller, string? Failure)
{
    public bool Succeeded => Caller is not null;

    public static AuthenticationResult Ok(CallerIdentity caller) => new(caller, null);

    public static AuthenticationResult Fail(string reason) => new(null, reason);
}
