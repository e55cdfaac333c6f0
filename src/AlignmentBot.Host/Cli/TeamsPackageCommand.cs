using System.CommandLine;
using System.IO.Compression;
using System.Text;

namespace AlignmentBot.Host.Cli;

/// <summary>
/// teams-package: the Teams app package (manifests/teams, embedded in this assembly) zipped with the bot's app
/// id and the publisher's details filled in, ready to upload to Teams or the admin center.
/// </summary>
internal static class TeamsPackageCommand
{
    public const string ResourcePrefix = "AlignmentBot.Host.TeamsPackage.";
    private static readonly string[] Files = ["manifest.json", "color.png", "outline.png"];

    public static Command Create(CliContext context)
    {
        var appId = new Option<string>("--app-id") { Description = "The Azure Bot's Microsoft App ID (a GUID): the manifest's id and botId.", Required = true };
        var output = new Option<FileInfo>("--out", "-o") { Description = "Where to write the zip.", DefaultValueFactory = _ => new FileInfo("alignmentbot-teams.zip") };
        var developer = new Option<string>("--developer-name") { Description = "Publisher shown in Teams (at most 32 characters).", DefaultValueFactory = _ => "AlignmentBot" };
        // No defaults: Teams shows these links to every user, so a made-up one must never slip into a real package.
        var website = new Option<string>("--website") { Description = "Your organisation's website (https), shown in Teams as the publisher's link. Required." };
        var privacy = new Option<string>("--privacy") { Description = "Your privacy statement (https). Required." };
        var terms = new Option<string>("--terms") { Description = "Your terms of use (https). Required." };
        var command = new Command("teams-package", "Build the Microsoft Teams app package (manifest.json and icons in a zip) with the app id filled in.")
        {
            appId, output, developer, website, privacy, terms,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!Guid.TryParse(parse.GetValue(appId), out var id))
            {
                await context.Error.WriteLineAsync("--app-id must be the Azure Bot's Microsoft App ID, a GUID like 00000000-0000-0000-0000-000000000000.");
                return 2;
            }

            var developerName = parse.GetValue(developer)!;
            if (developerName.Length is 0 or > 32)
            {
                await context.Error.WriteLineAsync("--developer-name must be 1 to 32 characters.");
                return 2;
            }

            var links = new List<Uri>();
            foreach (var option in new[] { website, privacy, terms })
            {
                if (Link(option.Name, parse.GetValue(option)) is { } problem)
                {
                    await context.Error.WriteLineAsync(problem);
                    return 2;
                }

                links.Add(new Uri(parse.GetValue(option)!, UriKind.Absolute));
            }

            var file = parse.GetValue(output)!;
            await WriteAsync(file, id, developerName, links[0], links[1], links[2], cancellationToken);
            await context.Output.WriteLineAsync($"Wrote {file.FullName} for app {id}. Upload it in Teams: Apps > Manage your apps > Upload an app.");
            return 0;
        });
        return command;
    }

    public static async Task WriteAsync(FileInfo file, Guid appId, string developerName, Uri website, Uri privacy, Uri terms, CancellationToken cancellationToken)
    {
        file.Directory?.Create();
        await using var stream = file.Create();
        await using var zip = new ZipArchive(stream, ZipArchiveMode.Create);
        foreach (var name in Files)
        {
            await using var source = typeof(TeamsPackageCommand).Assembly.GetManifestResourceStream(ResourcePrefix + name)
                ?? throw new InvalidOperationException($"{name} is not embedded; the Teams package files live in manifests/teams.");
            var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
            await using var target = await entry.OpenAsync(cancellationToken);
            if (name == "manifest.json")
            {
                using var reader = new StreamReader(source, Encoding.UTF8);
                var manifest = (await reader.ReadToEndAsync(cancellationToken))
                    .Replace("{{MICROSOFT_APP_ID}}", appId.ToString("D"), StringComparison.Ordinal)
                    .Replace("{{DEVELOPER_NAME}}", JsonText(developerName), StringComparison.Ordinal)
                    .Replace("{{WEBSITE_URL}}", JsonText(website.AbsoluteUri), StringComparison.Ordinal)
                    .Replace("{{PRIVACY_URL}}", JsonText(privacy.AbsoluteUri), StringComparison.Ordinal)
                    .Replace("{{TERMS_URL}}", JsonText(terms.AbsoluteUri), StringComparison.Ordinal);
                await target.WriteAsync(Encoding.UTF8.GetBytes(manifest), cancellationToken);
            }
            else
            {
                await source.CopyToAsync(target, cancellationToken);
            }
        }
    }

    /// <summary>Why a link cannot go into the package, naming the option; <see langword="null"/> when it can.</summary>
    internal static string? Link(string option, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"{option} is required: Teams shows it to every user of the app, so the package is not built with a placeholder. Pass your own https page, e.g. {option} https://your-company.com/{(option == "--website" ? "" : option[2..])}";
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            return $"{option} must be an absolute https URL.";
        }

        // Names reserved for documentation and testing (RFC 2606, RFC 6761) are never a real page.
        var host = uri.IdnHost.TrimEnd('.').ToLowerInvariant();
        string[] reserved = ["example.com", "example.org", "example.net", "localhost"];
        if (reserved.Any(r => host == r || host.EndsWith("." + r, StringComparison.Ordinal))
            || host.EndsWith(".example", StringComparison.Ordinal) || host.EndsWith(".invalid", StringComparison.Ordinal) || host.EndsWith(".test", StringComparison.Ordinal)
            || host.EndsWith(".localhost", StringComparison.Ordinal))
        {
            return $"{option} {uri} is a placeholder address ({host} is reserved for examples); pass your organisation's real page.";
        }

        return null;
    }

    // The value goes between quotes that are already in the manifest.
    private static string JsonText(string value) => System.Text.Json.JsonEncodedText.Encode(value).ToString();
}
