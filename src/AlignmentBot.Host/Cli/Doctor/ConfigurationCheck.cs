using AlignmentBot.Host.Configuration;

namespace AlignmentBot.Host.Cli.Doctor;

/// <summary>Every options validation the web host runs at start-up, reported as lines instead of thrown.</summary>
internal static class ConfigurationCheck
{
    public const string Name = "Configuration";

    public static DoctorResult Run(IServiceProvider services)
    {
        try
        {
            ConfigurationProblems.Validate(services);
            return DoctorResult.Pass(Name, "every setting the web host validates at start-up is valid");
        }
        catch (Exception ex) when (ConfigurationProblems.Describe(ex) is { } problems)
        {
            return DoctorResult.Fail(Name, string.Join(Environment.NewLine, problems),
                "set the keys named above (appsettings.json next to the binary, environment variables such as Slack__BotToken, or Key=Value arguments); the host refuses to start until they are fixed");
        }
    }
}
