namespace AlignmentBot.Host.Cli;

/// <summary>Reads a secret from standard input: one line when piped, typed without echo at a terminal. The value is never written anywhere.</summary>
internal static class SecretInput
{
    public static async Task<string> ReadAsync(CliContext context, string prompt, CancellationToken cancellationToken)
    {
        var input = context.Input ?? Console.In;
        if (ReferenceEquals(input, Console.In) && !Console.IsInputRedirected)
        {
            await context.Error.WriteAsync(prompt + " (input hidden, then Enter): ");
            var typed = new System.Text.StringBuilder();
            while (true)
            {
                var key = Console.ReadKey(intercept: true);
                if (key.Key == ConsoleKey.Enter)
                {
                    break;
                }

                if (key.Key == ConsoleKey.Backspace)
                {
                    typed.Length = Math.Max(0, typed.Length - 1);
                }
                else if (!char.IsControl(key.KeyChar))
                {
                    typed.Append(key.KeyChar);
                }
            }

            await context.Error.WriteLineAsync();
            return typed.ToString().Trim();
        }

        return (await input.ReadLineAsync(cancellationToken) ?? string.Empty).Trim();
    }

    /// <summary>All of standard input (a PEM key is several lines).</summary>
    public static async Task<string> ReadAllAsync(CliContext context, CancellationToken cancellationToken)
        => (await (context.Input ?? Console.In).ReadToEndAsync(cancellationToken)).Trim();
}
