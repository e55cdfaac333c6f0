namespace AlignmentBot.Conversations.Turns;

/// <summary>
/// Which unfinished rows an instance takes over: those due by <paramref name="Now"/> whose lease has run out (their
/// instance died or let them go), at most <paramref name="Max"/>, leased until <paramref name="LeaseUntil"/>. With
/// <paramref name="IgnoreLeases"/> every unfinished row is taken: one process that owns its database file, starting up.
/// </summary>
public sealed record InboxClaim(DateTimeOffset Now, DateTimeOffset LeaseUntil, int Max, bool IgnoreLeases);
