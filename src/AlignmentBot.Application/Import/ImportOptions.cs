using AlignmentBot.Domain.Overlap;

namespace AlignmentBot.Application.Import;

/// <param name="Kind">Forces how the file is read; detected from the header when null.</param>
/// <param name="ListKind">For account files without a "list" column: which list this file is.</param>
/// <param name="ListName">Name for the account list; the file name when null.</param>
public sealed record ImportOptions(ImportKind? Kind = null, AccountListKind? ListKind = null, string? ListName = null)
{
    public static ImportOptions Default { get; } = new();
}
