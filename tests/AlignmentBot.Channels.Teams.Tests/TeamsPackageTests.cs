using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json.Nodes;
using AlignmentBot.Host.Cli;

namespace AlignmentBot.Channels.Teams.Tests;

/// <summary>The "teams-package" command and the app package it zips from manifests/teams.</summary>
public sealed class TeamsPackageTests : IDisposable
{
    private const string AppId = "6a1f4a5e-8f4b-4a49-9d43-0f7c3a2e9b11";
    private static readonly string[] Links = ["--website", "https://northwind-analytics.com", "--privacy", "https://northwind-analytics.com/privacy", "--terms", "https://northwind-analytics.com/terms"];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "alignmentbot-tests", Guid.NewGuid().ToString("N"));
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    public void Dispose()
    {
        _out.Dispose();
        _err.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task TeamsPackage_WithAppId_ZipsManifestAndIconsAtTheRootWithTheIdFilledIn()
    {
        var zipPath = Path.Combine(_folder, "app.zip");

        Assert.True(0 == await RunAsync("teams-package", "--app-id", AppId, "--out", zipPath, "--developer-name", "Northwind Analytics", "--website", "https://northwind-analytics.com", "--privacy", "https://northwind-analytics.com/privacy", "--terms", "https://northwind-analytics.com/terms"), _err.ToString());

        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        var text = await new StreamReader(zip.GetEntry("manifest.json")!.Open()).ReadToEndAsync();
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        var manifest = JsonNode.Parse(text)!;
        Assert.Equal(AppId, manifest["id"]!.GetValue<string>());
        Assert.Equal(AppId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal("Northwind Analytics", manifest["developer"]!["name"]!.GetValue<string>());
        Assert.Equal("https://northwind-analytics.com/", manifest["developer"]!["websiteUrl"]!.GetValue<string>());
        Assert.Equal("https://northwind-analytics.com/privacy", manifest["developer"]!["privacyUrl"]!.GetValue<string>());
        Assert.Equal("https://northwind-analytics.com/terms", manifest["developer"]!["termsOfUseUrl"]!.GetValue<string>());
        Assert.Contains(AppId, _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Manifest_MeetsTheSchemasRequiredFieldsAndLimits()
    {
        var manifest = await PackagedManifestAsync();

        foreach (var field in new[] { "manifestVersion", "version", "id", "developer", "name", "description", "icons", "accentColor" })
        {
            Assert.NotNull(manifest[field]);
        }

        Assert.True(Version.Parse(manifest["manifestVersion"]!.GetValue<string>()) >= new Version(1, 24));
        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{manifest["manifestVersion"]}/MicrosoftTeams.schema.json", manifest["$schema"]!.GetValue<string>());
        Assert.Matches("^#[0-9A-Fa-f]{6}$", manifest["accentColor"]!.GetValue<string>());
        Assert.InRange(manifest["name"]!["short"]!.GetValue<string>().Length, 1, 30);
        Assert.InRange(manifest["name"]!["full"]!.GetValue<string>().Length, 1, 100);
        Assert.InRange(manifest["description"]!["short"]!.GetValue<string>().Length, 1, 80);
        Assert.InRange(manifest["description"]!["full"]!.GetValue<string>().Length, 1, 4000);
        foreach (var url in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            Assert.StartsWith("https://", manifest["developer"]![url]!.GetValue<string>(), StringComparison.Ordinal);
        }

        var bot = Assert.Single(manifest["bots"]!.AsArray())!;
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        var commands = bot["commandLists"]![0]!["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()).ToArray();
        Assert.Equal(["help", "status", "goal", "request", "sla", "digest"], commands);
        Assert.True(commands.Length <= 12);
    }

    [Theory]
    [InlineData("color.png", 192, false)]
    [InlineData("outline.png", 32, true)]
    public async Task Icons_HaveTheSizesTeamsRequiresAndTheOutlineIsWhiteOnTransparent(string name, int size, bool outline)
    {
        var zipPath = Path.Combine(_folder, "app.zip");
        Assert.Equal(0, await RunAsync(["teams-package", "--app-id", AppId, "--out", zipPath, .. Links]));
        using var zip = ZipFile.OpenRead(zipPath);
        using var stream = new MemoryStream();
        await zip.GetEntry(name)!.Open().CopyToAsync(stream);

        var (width, height, pixels) = DecodeRgba(stream.ToArray());

        Assert.Equal(size, width);
        Assert.Equal(size, height);
        if (outline)
        {
            Assert.All(pixels, p => Assert.True(p.A == 0 || (p.R == 255 && p.G == 255 && p.B == 255), $"outline pixel {p}"));
            Assert.Contains(pixels, p => p.A == 0);
            Assert.Contains(pixels, p => p.A == 255);
        }
        else
        {
            Assert.All(pixels, p => Assert.Equal(255, p.A));
        }
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("")]
    public async Task TeamsPackage_BadAppId_ExitsWithAUsageError(string appId)
    {
        Assert.Equal(2, await RunAsync(["teams-package", "--app-id", appId, "--out", Path.Combine(_folder, "x.zip"), .. Links]));
        Assert.Contains("GUID", _err.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "x.zip")));
    }

    [Theory]
    [InlineData("--website")]
    [InlineData("--privacy")]
    [InlineData("--terms")]
    public async Task TeamsPackage_LinkLeftOut_RefusesNamingTheOptionAndWritesNothing(string option)
    {
        var zipPath = Path.Combine(_folder, "x.zip");
        var args = new List<string> { "teams-package", "--app-id", AppId, "--out", zipPath };
        for (var i = 0; i < Links.Length; i += 2)
        {
            if (Links[i] != option)
            {
                args.AddRange([Links[i], Links[i + 1]]);
            }
        }

        Assert.Equal(2, await RunAsync([.. args]));

        Assert.StartsWith($"{option} is required", _err.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(zipPath));
    }

    [Theory]
    [InlineData("https://www.example.com/alignmentbot/privacy")]
    [InlineData("https://northwind.example/privacy")]
    [InlineData("https://localhost/privacy")]
    public async Task TeamsPackage_PlaceholderLink_IsRefused(string privacy)
    {
        var zipPath = Path.Combine(_folder, "x.zip");

        Assert.Equal(2, await RunAsync("teams-package", "--app-id", AppId, "--out", zipPath, "--website", "https://northwind-analytics.com", "--privacy", privacy, "--terms", "https://northwind-analytics.com/terms"));

        Assert.Contains("--privacy", _err.ToString(), StringComparison.Ordinal);
        Assert.Contains("placeholder", _err.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(zipPath));
    }

    private async Task<JsonNode> PackagedManifestAsync()
    {
        var zipPath = Path.Combine(_folder, "app.zip");
        Assert.Equal(0, await RunAsync(["teams-package", "--app-id", AppId, "--out", zipPath, .. Links]));
        using var zip = ZipFile.OpenRead(zipPath);
        return JsonNode.Parse(await new StreamReader(zip.GetEntry("manifest.json")!.Open()).ReadToEndAsync())!;
    }

    private Task<int> RunAsync(params string[] args) => AlignmentCli.InvokeAsync(args, new CliContext(_out, _err));

    /// <summary>Just enough PNG: 8-bit RGBA, non-interlaced, as the icon script writes.</summary>
    private static (int Width, int Height, List<(byte R, byte G, byte B, byte A)> Pixels) DecodeRgba(byte[] png)
    {
        var width = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16));
        var height = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20));
        Assert.Equal(8, png[24]);
        Assert.Equal(6, png[25]);
        using var idat = new MemoryStream();
        for (var offset = 8; offset < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(png, offset + 4, 4);
            if (type == "IDAT")
            {
                idat.Write(png, offset + 8, length);
            }

            offset += 12 + length;
        }

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var z = new ZLibStream(idat, CompressionMode.Decompress))
        {
            z.CopyTo(inflated);
        }

        var raw = inflated.ToArray();
        var stride = width * 4;
        var previous = new byte[stride];
        var pixels = new List<(byte, byte, byte, byte)>();
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var line = raw.AsSpan(y * (stride + 1) + 1, stride).ToArray();
            for (var i = 0; i < stride; i++)
            {
                var left = i >= 4 ? line[i - 4] : 0;
                var up = previous[i];
                var upLeft = i >= 4 ? previous[i - 4] : 0;
                line[i] = filter switch
                {
                    0 => line[i],
                    1 => (byte)(line[i] + left),
                    2 => (byte)(line[i] + up),
                    3 => (byte)(line[i] + ((left + up) / 2)),
                    4 => (byte)(line[i] + Paeth(left, up, upLeft)),
                    _ => throw new InvalidDataException($"filter {filter}"),
                };
            }

            for (var x = 0; x < width; x++)
            {
                pixels.Add((line[x * 4], line[x * 4 + 1], line[x * 4 + 2], line[x * 4 + 3]));
            }

            previous = line;
        }

        return (width, height, pixels);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
