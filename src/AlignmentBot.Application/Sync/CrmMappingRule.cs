namespace AlignmentBot.Application.Sync;

/// <summary>One value's mapping as shown to people: where it came from and what it counts as.</summary>
/// <param name="IsDefault">True when no one changed it: the built-in default applies.</param>
/// <param name="SeenInData">Records with this value were synced.</param>
public sealed record CrmMappingRule(CrmSource Source, CrmField Field, string Value, CrmFunnelStage Stage, bool IsDefault, bool SeenInData = false)
{
    /// <summary>"HubSpot lifecycle stage 'marketingqualifiedlead' counts as MQL".</summary>
    public string Describe() => $"{CrmNames.Label(Source)} {CrmStageMapping.FieldLabel(Source, Field)} '{Value}' {CrmStageMapping.Phrase(Stage)}{(IsDefault ? string.Empty : " (changed)")}";
}
