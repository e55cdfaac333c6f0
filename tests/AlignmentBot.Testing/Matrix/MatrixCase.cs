using AlignmentBot.Domain.Permissions;

namespace AlignmentBot.Testing.Matrix;

/// <summary>
/// One row of the matrix: what every persona tries, who may, and how the answer reads either way.
/// </summary>
/// <param name="Who">Who may: "members" (every member), roles (L, ML, M, SL, SR), "anyrole", "admin".</param>
/// <param name="Say">What each persona writes; null when they press <see cref="Button"/> instead.</param>
/// <param name="Setup">What <see cref="SetupBy"/> says first (in order) to get the card whose <see cref="Button"/> everyone presses.</param>
/// <param name="Allowed">Any of these in the replies means the action ran.</param>
/// <param name="Refused">The start of the refusal, which names who can.</param>
/// <param name="Cleanup">Said after each persona's turn (e.g. "cancel" for a dialog that started).</param>
public sealed record MatrixCase(
    string Name,
    PermissionAction Action,
    string Who,
    string? Say,
    IReadOnlyList<string> Allowed,
    string Refused,
    bool InChannel = false,
    string? SetupBy = null,
    IReadOnlyList<string>? Setup = null,
    string? Button = null,
    string? Cleanup = null)
{
    public override string ToString() => Name;
}
