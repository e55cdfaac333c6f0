namespace AlignmentBot.Conversations.Understanding;

/// <summary>Reads entities from an answer, for prompts that know what they are waiting for.</summary>
public interface IEntityReader
{
    Entities Read(string text, DateOnly today);
}
