using Microsoft.Extensions.Options;

namespace AlignmentBot.Host.Cli.Doctor;

/// <summary>
/// Options as the host binds them, without the validation that would throw: the doctor reports a bad setting under
/// Configuration and still checks what it can with the rest.
/// </summary>
internal static class UnvalidatedOptions
{
    /// <returns>The bound options, or <see langword="null"/> when binding itself fails (a value of the wrong type).</returns>
    public static T? Get<T>(IServiceProvider services)
        where T : class, new()
    {
        var options = new T();
        try
        {
            foreach (var configure in services.GetServices<IConfigureOptions<T>>())
            {
                configure.Configure(options);
            }

            foreach (var postConfigure in services.GetServices<IPostConfigureOptions<T>>())
            {
                postConfigure.PostConfigure(Options.DefaultName, options);
            }

            return options;
        }
        catch (Exception ex) when (ex is InvalidOperationException or OptionsValidationException)
        {
            return null;
        }
    }
}
