namespace AlignmentBot.Domain.Measurements;

public enum MeasurementSource
{
    CheckIn,
    Import,
    Api,
    Demo,
}
