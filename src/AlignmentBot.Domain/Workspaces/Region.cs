namespace AlignmentBot.Domain.Workspaces;

public enum Region
{
    Unknown,
    NorthAmerica,
    LatinAmerica,
    AsiaPacific,
    Emea,
}
