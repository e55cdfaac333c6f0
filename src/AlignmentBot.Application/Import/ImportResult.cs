namespace AlignmentBot.Application.Import;

public sealed record ImportResult(ImportKind? Kind, int Measurements, int Leads, int Accounts, IReadOnlyList<ImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static ImportResult Failed(ImportKind? kind, IReadOnlyList<ImportError> errors) => new(kind, 0, 0, 0, errors);

    public string Summary => Succeeded
        ? Kind switch
        {
            ImportKind.Measurements => $"Imported {Measurements} measurements.",
            ImportKind.Leads => $"Imported {Leads} leads.",
            _ => $"Imported {Accounts} accounts.",
        }
        : $"Nothing was imported: {Errors.Count} problem{(Errors.Count == 1 ? string.Empty : "s")} found.";
}
