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
        var website = new Option<string>("--website") { Description = "Publisher website (https).", DefaultValueFactory = _ => "https://www.example.com/alignmentbot" };
        var privacy = new Option<string>("--privacy") { Description = "Privacy statement (https).", DefaultValueFactory = _ => "https://www.example.com/alignmentbot/privacy" };
        var terms = new Option<string>("--terms") { Description = "Terms of use (https).", DefaultValueFactory = _ => "https://www.example.com/alignmentbot/terms" };
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

            var urls = new[] { parse.GetValue(website), parse.GetValue(privacy), parse.GetValue(terms) }
                .Select(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps ? uri : null)
                .ToArray();
            if (urls.Any(u => u is null))
            {
                await context.Error.WriteLineAsync("--website, --privacy and --terms must be absolute https URLs.");
                return 2;
            }

            var file = parse.GetValue(output)!;
            await WriteAsync(file, id, developerName, urls[0]!, urls[1]!, urls[2]!, cancellationToken);
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

    // The value goes between quotes that are already in the manifest.
    private static string JsonText(string value) => System.Text.Json.JsonEncodedText.Encode(value).ToString();
}
