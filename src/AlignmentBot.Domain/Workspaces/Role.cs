namespace AlignmentBot.Domain.Workspaces;

public enum Role
{
    Leadership,
    Marketing,
    Sales,
}
