namespace AlignmentBot.Application.Demo;

/// <summary>Fictional company names for the demo's leads and account lists.</summary>
internal static class DemoNames
{
    private static readonly string[] Stems =
    [
        "Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Soylent", "Cyberdyne", "Tyrell", "Aperture", "Nakatomi", "Oscorp",
        "Wonka", "Stark", "Wayne", "Gringotts", "Dunder", "Pied Piper", "Massive", "Black Mesa", "Monarch", "Sterling", "Contoso", "Fabrikam",
        "Tailspin", "Litware", "Adatum", "Proseware", "Woodgrove", "Lucerne", "Fourth Coffee", "Alpine", "Blue Yonder", "Coho", "Margie's",
        "Northwind", "Wingtip", "Trey", "Relecloud", "Humongous",
    ];

    private static readonly string[] Sectors =
        ["Logistics", "Health", "Bank", "Foods", "Energy", "Retail", "Systems", "Labs", "Insurance", "Manufacturing", "Media", "Pharma", "Telecom", "Capital", "Robotics"];

    public static string Company(int index) => $"{Stems[index % Stems.Length]} {Sectors[index / Stems.Length % Sectors.Length]}";

    public static int Count => Stems.Length * Sectors.Length;
}
