namespace AlignmentBot.Domain.Workspaces;

/// <summary>The part of the company a role belongs to: digests and goal audiences are addressed to functions.</summary>
public enum Function
{
    Leadership,
    Marketing,
    Sales,
}
