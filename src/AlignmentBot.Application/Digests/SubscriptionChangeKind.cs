namespace AlignmentBot.Application.Digests;

public enum SubscriptionChangeKind
{
    Created,
    Updated,
    Removed,

    /// <summary>The conversation has no digest subscription (for that audience).</summary>
    NotFound,

    /// <summary>The conversation has several subscriptions and the request did not say which audience.</summary>
    Ambiguous,

    /// <summary>The request cannot be done as asked (e.g. an audience digests are not made for).</summary>
    Refused,
}
