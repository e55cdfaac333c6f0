using System.Net;
using AlignmentBot.Conversations.Turns;

namespace AlignmentBot.Channels.Teams.Connector;

/// <summary>A Connector or token call that failed after any retries. The message is safe to log: no tokens, no bodies.</summary>
public sealed class ConnectorException : Exception, IPermanentFailure
{
    public ConnectorException(string message, HttpStatusCode? status, string? errorCode, bool permanent, Exception? inner = null)
        : base(message, inner)
    {
        Status = status;
        ErrorCode = errorCode;
        Permanent = permanent;
    }

    public HttpStatusCode? Status { get; }

    /// <summary>The Connector's error code, e.g. "MessageWritesBlocked", "ConversationNotFound".</summary>
    public string? ErrorCode { get; }

    /// <summary>Retrying later cannot help (bot removed or blocked, conversation gone, message too big).</summary>
    public bool Permanent { get; }

    bool IPermanentFailure.IsPermanent => Permanent;
}
