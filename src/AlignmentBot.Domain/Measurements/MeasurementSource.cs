namespace AlignmentBot.Domain.Measurements;

public enum MeasurementSource
{
    CheckIn,
    Import,
    Api,
    Demo,

    /// <summary>Derived by the CRM sync from the records it fetched; rebuilt by every sync, never edited by hand.</summary>
    Sync,
}
