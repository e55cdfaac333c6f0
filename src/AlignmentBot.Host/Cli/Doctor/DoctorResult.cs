namespace AlignmentBot.Host.Cli.Doctor;

public enum DoctorStatus
{
    Passed,
    Failed,
    Skipped,
}

/// <summary>One line of the doctor's checklist: what was checked, what was found and, for a failure, what to do. Never a secret.</summary>
public sealed record DoctorResult(string Check, DoctorStatus Status, string Detail, string? Fix = null)
{
    public static DoctorResult Pass(string check, string detail) => new(check, DoctorStatus.Passed, detail);

    public static DoctorResult Fail(string check, string detail, string fix) => new(check, DoctorStatus.Failed, detail, fix);

    public static DoctorResult Skip(string check, string detail) => new(check, DoctorStatus.Skipped, detail);

    public string Mark => Status switch
    {
        DoctorStatus.Passed => "✓",
        DoctorStatus.Failed => "✗",
        _ => "–",
    };
}
