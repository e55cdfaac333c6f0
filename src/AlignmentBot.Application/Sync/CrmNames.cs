namespace AlignmentBot.Application.Sync;

/// <summary>How sources, objects and fields are written on the command line and shown to people.</summary>
public static class CrmNames
{
    public static IReadOnlyList<CrmObjectKind> Kinds { get; } = [CrmObjectKind.Lead, CrmObjectKind.Deal];

    /// <summary>"hubspot", "salesforce": the command-line and storage name.</summary>
    public static string Key(CrmSource source) => source switch
    {
        CrmSource.HubSpot => "hubspot",
        CrmSource.Salesforce => "salesforce",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    public static string Label(CrmSource source) => source switch
    {
        CrmSource.HubSpot => "HubSpot",
        CrmSource.Salesforce => "Salesforce",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    /// <summary>The CRM's own word for the object: "contacts", "deals", "leads", "opportunities".</summary>
    public static string Objects(CrmSource source, CrmObjectKind kind) => (source, kind) switch
    {
        (CrmSource.HubSpot, CrmObjectKind.Lead) => "contacts",
        (CrmSource.HubSpot, _) => "deals",
        (_, CrmObjectKind.Lead) => "leads",
        _ => "opportunities",
    };

    public static bool TryParse(string? text, out CrmSource source)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "hubspot" or "hub spot" or "hs":
                source = CrmSource.HubSpot;
                return true;
            case "salesforce" or "sfdc" or "sf":
                source = CrmSource.Salesforce;
                return true;
            default:
                source = default;
                return false;
        }
    }
}
