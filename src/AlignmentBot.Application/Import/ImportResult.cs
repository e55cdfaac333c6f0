namespace AlignmentBot.Application.Import;

public sealed record ImportResult(ImportKind? Kind, int Measurements, int Leads, int Accounts, IReadOnlyList<ImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    /// <summary>The encoding the file was guessed to be in (it had no byte-order mark and was not UTF-8), e.g. "Windows-1252"; null when it was certain.</summary>
    public string? ReadAs { get; init; }

    /// <summary>For a file with problems: how many measurements, leads or accounts the good rows hold.</summary>
    public int GoodRows { get; init; }

    /// <summary>For a file with problems: how many lines have at least one.</summary>
    public int BadRows { get; init; }

    public static ImportResult Failed(ImportKind? kind, IReadOnlyList<ImportError> errors) => new(kind, 0, 0, 0, errors);

    public string Summary => Succeeded
        ? Kind switch
        {
            ImportKind.Measurements => $"Imported {Measurements} measurements.",
            ImportKind.Leads => $"Imported {Leads} leads.",
            _ => $"Imported {Accounts} accounts.",
        }
        : $"Nothing was imported: {Errors.Count} problem{(Errors.Count == 1 ? string.Empty : "s")} found.";

    /// <summary>The summary, then how the file was read when that was a guess the person should check.</summary>
    public string Report => ReadAs is null
        ? Summary
        : $"{Summary} Read as {ReadAs} (the file is not UTF-8): check that names with accents look right, or save it as \"CSV UTF-8\".";
}
