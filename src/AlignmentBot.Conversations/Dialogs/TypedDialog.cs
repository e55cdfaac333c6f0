using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AlignmentBot.Conversations.Dialogs;

/// <summary>A dialog whose state is a record of type <typeparamref name="TState"/>, (de)serialised with source-generated metadata.</summary>
public abstract class TypedDialog<TState>(string id, JsonTypeInfo<TState> stateType) : Dialog(id)
{
    protected JsonTypeInfo<TState> StateType { get; } = stateType;

    public TState GetState(DialogContext dc)
        => dc.Active.State.Deserialize(StateType) ?? throw new InvalidOperationException($"Dialog '{Id}' has no state.");

    public void SetState(DialogContext dc, TState state)
        => dc.ReplaceActive(dc.Active with { State = JsonSerializer.SerializeToElement(state, StateType) });

    protected JsonElement Serialize(TState state) => JsonSerializer.SerializeToElement(state, StateType);
}
