using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Conversations.Turns;

/// <summary>
/// A kind of queued work that can be written into the inbox and read back, maybe by another instance: its stable
/// name (stored with each row, so renaming a type does not orphan rows) and its JSON shape.
/// </summary>
public abstract class TurnWorkType
{
    private protected TurnWorkType(string name, Type clrType)
    {
        Name = name;
        ClrType = clrType;
    }

    /// <summary>Stored in the inbox row: "slack.event", "teams.turn".</summary>
    public string Name { get; }

    public Type ClrType { get; }

    public abstract string Serialize(ITurnWork work);

    public abstract ITurnWork Deserialize(string json);

    /// <summary>Runs the work with its registered handler.</summary>
    public abstract Task RunAsync(IServiceProvider services, ITurnWork work, ITurnJournal journal, CancellationToken cancellationToken);

    public abstract Task GiveUpAsync(IServiceProvider services, ITurnWork work, CancellationToken cancellationToken);

    public static TurnWorkType For<TWork>(string name, JsonTypeInfo<TWork> json)
        where TWork : class, ITurnWork
        => new Typed<TWork>(name, json);

    private sealed class Typed<TWork>(string name, JsonTypeInfo<TWork> json) : TurnWorkType(name, typeof(TWork))
        where TWork : class, ITurnWork
    {
        public override string Serialize(ITurnWork work) => JsonSerializer.Serialize((TWork)work, json);

        public override ITurnWork Deserialize(string json1) => JsonSerializer.Deserialize(json1, json) ?? throw new JsonException($"{Name}: the stored work is null");

        public override Task RunAsync(IServiceProvider services, ITurnWork work, ITurnJournal journal, CancellationToken cancellationToken)
            => services.GetRequiredService<ITurnWorkHandler<TWork>>().HandleAsync((TWork)work, journal, cancellationToken);

        public override Task GiveUpAsync(IServiceProvider services, ITurnWork work, CancellationToken cancellationToken)
            => services.GetRequiredService<ITurnWorkHandler<TWork>>().GiveUpAsync((TWork)work, cancellationToken);
    }
}
