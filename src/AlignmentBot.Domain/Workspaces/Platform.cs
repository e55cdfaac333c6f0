namespace AlignmentBot.Domain.Workspaces;

public enum Platform
{
    Local,
    Slack,
    Teams,
}
