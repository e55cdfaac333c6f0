namespace AlignmentBot.Domain.Workspaces;

/// <summary>A Slack team id, a Teams tenant id, or "local" for the web chat and terminal.</summary>
public readonly record struct WorkspaceId
{
    public WorkspaceId(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("A workspace id cannot be empty.", nameof(value));
        }

        Value = value;
    }

    public string Value { get; }

    public static WorkspaceId Local { get; } = new("local");

    public override string ToString() => Value;
}
