using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Conversations.Turns;

/// <summary>How to hand a piece of work to its handler, and what to do when it is given up. One pair of static delegates per work type.</summary>
internal sealed record WorkRunner(
    Func<IServiceProvider, ITurnWork, ITurnJournal, CancellationToken, Task> Run,
    Func<IServiceProvider, ITurnWork, CancellationToken, Task> GiveUp)
{
    public static WorkRunner For<TWork>()
        where TWork : class, ITurnWork
        => Cache<TWork>.Runner;

    public static WorkRunner Of(TurnWorkType type) => new(type.RunAsync, type.GiveUpAsync);

    private static class Cache<TWork>
        where TWork : class, ITurnWork
    {
        public static readonly WorkRunner Runner = new(
            static (services, work, journal, ct) => services.GetRequiredService<ITurnWorkHandler<TWork>>().HandleAsync((TWork)work, journal, ct),
            static (services, work, ct) => services.GetRequiredService<ITurnWorkHandler<TWork>>().GiveUpAsync((TWork)work, ct));
    }
}
