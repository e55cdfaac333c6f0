namespace AlignmentBot.Application.Audit;

/// <summary>
/// Who is making changes right now. Set once per chat turn (by the turn handler) and once per command-line command;
/// the stores read it when they write an audit entry, so no call site has to pass it along. Flows with async calls
/// like any <see cref="AsyncLocal{T}"/>; without one set, changes are the system's.
/// </summary>
public static class AuditContext
{
    private static readonly AsyncLocal<AuditActor?> CurrentActor = new();

    public static AuditActor Current => CurrentActor.Value ?? AuditActor.System;

    /// <summary>True when a caller set an actor (as opposed to the system fallback).</summary>
    public static bool IsSet => CurrentActor.Value is not null;

    /// <summary>Makes <paramref name="actor"/> the author of changes until the returned scope is disposed.</summary>
    public static IDisposable Use(AuditActor actor)
    {
        var previous = CurrentActor.Value;
        CurrentActor.Value = actor;
        return new Scope(previous);
    }

    private sealed class Scope(AuditActor? previous) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (!_disposed)
            {
                _disposed = true;
                CurrentActor.Value = previous;
            }
        }
    }
}
