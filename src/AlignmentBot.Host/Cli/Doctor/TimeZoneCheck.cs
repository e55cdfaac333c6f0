namespace AlignmentBot.Host.Cli.Doctor;

/// <summary>
/// Time-zone data: without IANA zones every digest time and every "today" silently falls back to UTC. Also the
/// globalization-invariant trap: IANA ids still resolve there, but Windows names ("W. Europe Standard Time") do not.
/// </summary>
internal static class TimeZoneCheck
{
    public const string Zones = "Time zones";
    public const string Globalization = "Globalization";
    public const string Stored = "Stored time zones";

    /// <summary>Zones the bot's users are most likely in, across the regions it maps abbreviations for.</summary>
    public static readonly string[] Samples = ["America/New_York", "Europe/Berlin", "Asia/Kolkata", "Australia/Sydney"];

    public static IReadOnlyList<DoctorResult> Run(IReadOnlyList<string>? storedZones)
    {
        var results = new List<DoctorResult>();
        var missing = Samples.Where(id => !TimeZoneInfo.TryFindSystemTimeZoneById(id, out _)).ToArray();
        var newYork = TimeZoneInfo.TryFindSystemTimeZoneById("America/New_York", out var ny) ? ny : null;
        results.Add(missing.Length > 0
            ? DoctorResult.Fail(Zones, $"{string.Join(", ", missing)} not found: this machine has no IANA time-zone data{(Environment.GetEnvironmentVariable("TZDIR") is { Length: > 0 } dir ? $" (TZDIR is {dir})" : "")}",
                "install tzdata (Debian/Ubuntu: apt-get install tzdata; Alpine: apk add tzdata; chiseled images: use the -extra variant) or point TZDIR at a zoneinfo folder")
            : newYork is { SupportsDaylightSavingTime: false }
                ? DoctorResult.Fail(Zones, "America/New_York has no daylight-saving rules: the time-zone data is broken or truncated", "reinstall tzdata")
                : DoctorResult.Pass(Zones, $"{string.Join(", ", Samples)} resolve, with daylight-saving rules"));

        results.Add(TimeZoneInfo.TryConvertIanaIdToWindowsId("Europe/Berlin", out _)
            ? DoctorResult.Pass(Globalization, "ICU is loaded: Windows zone names (e.g. W. Europe Standard Time) resolve too")
            : DoctorResult.Fail(Globalization, "globalization-invariant mode: Windows zone names such as 'W. Europe Standard Time' do not resolve, and zones show raw ids",
                "unset DOTNET_SYSTEM_GLOBALIZATION_INVARIANT and do not publish with InvariantGlobalization=true; install ICU (libicu; Alpine: icu-libs)"));

        if (storedZones is not null)
        {
            var unknown = storedZones.Where(id => !TimeZoneInfo.TryFindSystemTimeZoneById(id, out _)).ToArray();
            results.Add(unknown.Length == 0
                ? DoctorResult.Pass(Stored, storedZones.Count == 0 ? "none stored yet" : $"all {storedZones.Count} zones the database uses resolve")
                : DoctorResult.Fail(Stored, $"{string.Join(", ", unknown)} in the database do not resolve here, so those workspaces, people or digests run on UTC",
                    missing.Length > 0 ? "install tzdata (see Time zones)" : "set them again in chat (e.g. \"digest time 9am Europe/Berlin\"); valid names are IANA ids like Europe/Berlin"));
        }

        return results;
    }
}
