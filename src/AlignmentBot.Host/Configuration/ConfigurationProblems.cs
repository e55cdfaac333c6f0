using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Host.Configuration;

/// <summary>
/// Turns the ways .NET reports bad configuration (validation failures, a value the binder cannot convert) into one
/// line per problem that names the key and what to set, so a person sees a list instead of a stack trace.
/// </summary>
public static partial class ConfigurationProblems
{
    /// <summary>The process exit code for a configuration error: EX_CONFIG from sysexits.h, which a systemd unit can exclude from restarts.</summary>
    public const int ExitCode = 78;

    /// <summary>
    /// Runs every options validation the services registered with ValidateOnStart, now rather than when the host
    /// starts (where a failure is logged with its stack trace before it is thrown).
    /// </summary>
    public static void Validate(IServiceProvider services) => services.GetService<IStartupValidator>()?.Validate();

    /// <summary>One line per problem when <paramref name="exception"/> is a configuration error; <see langword="null"/> when it is something else.</summary>
    public static IReadOnlyList<string>? Describe(Exception exception)
    {
        switch (exception)
        {
            case OptionsValidationException validation:
                return validation.Failures.Select(f => f.Trim()).Distinct(StringComparer.Ordinal).ToArray();
            case AggregateException aggregate when aggregate.InnerExceptions.Count > 0:
                var lines = new List<string>();
                foreach (var inner in aggregate.InnerExceptions)
                {
                    if (Describe(inner) is not { } described)
                    {
                        return null;
                    }

                    lines.AddRange(described);
                }

                return lines.Distinct(StringComparer.Ordinal).ToArray();
            case InvalidOperationException binding when BindingFailure().Match(binding.Message) is { Success: true } match:
                // The binder's message quotes the value; it could be a secret put under the wrong key, so it is left out.
                return [$"{match.Groups["key"].Value} cannot be read as {Expected(match.Groups["type"].Value)}."];
            default:
                return null;
        }
    }

    private static string Expected(string typeName)
    {
        var nullable = NullableType().Match(typeName);
        var name = nullable.Success ? nullable.Groups["inner"].Value : typeName;
        return name switch
        {
            "System.TimeSpan" => "a time span (hh:mm:ss, e.g. 00:00:05)",
            "System.Int32" or "System.Int64" => "a whole number",
            "System.Boolean" => "true or false",
            "System.Double" or "System.Decimal" => "a number",
            _ when Type.GetType(name) is { IsEnum: true } e => $"one of {string.Join(", ", Enum.GetNames(e))}",
            _ => $"a {name[(name.LastIndexOf('.') + 1)..]}",
        };
    }

    [GeneratedRegex(@"at '(?<key>[^']+)' to type '(?<type>[^']+)'\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex BindingFailure();

    [GeneratedRegex(@"^System\.Nullable`1\[(?<inner>[^\]]+)\]$", RegexOptions.CultureInvariant)]
    private static partial Regex NullableType();
}
