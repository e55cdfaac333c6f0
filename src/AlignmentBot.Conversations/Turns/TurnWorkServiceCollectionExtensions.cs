using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AlignmentBot.Conversations.Turns;

public static class TurnWorkServiceCollectionExtensions
{
    /// <summary>
    /// A kind of queued work and its handler (a singleton the container already knows). With <paramref name="json"/>
    /// the work is recorded in the inbox under <paramref name="name"/> and survives a crash; without it, it lives in
    /// memory only.
    /// </summary>
    public static IServiceCollection AddTurnWork<TWork, THandler>(this IServiceCollection services, string name, JsonTypeInfo<TWork>? json)
        where TWork : class, ITurnWork
        where THandler : class, ITurnWorkHandler<TWork>
    {
        services.TryAddSingleton<ITurnWorkHandler<TWork>>(sp => sp.GetRequiredService<THandler>());
        return json is null ? services : services.AddTurnWorkType(name, json);
    }

    /// <summary>Records <typeparamref name="TWork"/> in the inbox under <paramref name="name"/>; its handler is registered separately.</summary>
    public static IServiceCollection AddTurnWorkType<TWork>(this IServiceCollection services, string name, JsonTypeInfo<TWork> json)
        where TWork : class, ITurnWork
    {
        services.AddSingleton(TurnWorkType.For(name, json));
        return services;
    }
}
