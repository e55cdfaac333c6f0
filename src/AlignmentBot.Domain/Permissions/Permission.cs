namespace AlignmentBot.Domain.Permissions;

/// <summary>The matrix's answer: allowed, or refused with the reason in words and who can.</summary>
/// <param name="Reason">A sentence that starts with who may do it: "Only a sales lead can confirm for sales".</param>
public sealed record Permission(bool Allowed, string? Reason, WhoCan WhoCan, PermissionAction Action)
{
    public static Permission Allow(PermissionAction action) => new(true, null, WhoCan.Nobody, action);

    public static Permission Refuse(PermissionAction action, string reason, WhoCan whoCan) => new(false, reason, whoCan, action);

    /// <summary>Refused because the person is not a full member (guest, another organisation, not verified).</summary>
    public bool RefusedForMembership { get; init; }
}
