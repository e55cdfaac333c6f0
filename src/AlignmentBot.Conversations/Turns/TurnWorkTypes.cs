namespace AlignmentBot.Conversations.Turns;

/// <summary>Every registered <see cref="TurnWorkType"/>, by CLR type and by stored name.</summary>
public sealed class TurnWorkTypes
{
    private readonly Dictionary<Type, TurnWorkType> _byType = [];
    private readonly Dictionary<string, TurnWorkType> _byName = new(StringComparer.Ordinal);

    public TurnWorkTypes(IEnumerable<TurnWorkType> types)
    {
        foreach (var type in types)
        {
            if (_byName.TryGetValue(type.Name, out var other) && other.ClrType != type.ClrType)
            {
                throw new InvalidOperationException($"Two kinds of queued work are both named '{type.Name}': {other.ClrType.Name} and {type.ClrType.Name}.");
            }

            _byType[type.ClrType] = type;
            _byName[type.Name] = type;
        }
    }

    public IReadOnlyCollection<TurnWorkType> All => _byType.Values;

    public TurnWorkType? Find(Type clrType) => _byType.GetValueOrDefault(clrType);

    public TurnWorkType? Find(string name) => _byName.GetValueOrDefault(name);
}
