using System.Text;
using AlignmentBot.Application.Import;
using AlignmentBot.Domain.Overlap;

namespace AlignmentBot.Application.Tests.Import;

/// <summary>A CSV file's encoding: certain from a byte-order mark or valid UTF-8, a reported Windows-1252 guess, or a clear refusal.</summary>
public sealed class CsvEncodingTests : IAsyncLifetime
{
    private const string Csv = "account,list\nZoë Café GmbH,sales_target\nSøren & Co — “Nordic”,sales_target\n";

    private readonly StoreFixture _fx = new();

    public Task InitializeAsync() => _fx.InitializeAsync();

    public Task DisposeAsync() => _fx.DisposeAsync();

    public static TheoryData<string, byte[], string> Certain => new()
    {
        { "UTF-8", Encoding.UTF8.GetBytes(Csv), "UTF-8" },
        { "UTF-8 with BOM", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Csv)], "UTF-8 with a byte-order mark" },
        { "UTF-16 LE", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Csv)], "UTF-16 LE" },
        { "UTF-16 BE", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Csv)], "UTF-16 BE" },
        { "UTF-32 LE", [0xFF, 0xFE, 0x00, 0x00, .. Encoding.UTF32.GetBytes(Csv)], "UTF-32 LE" },
    };

    [Theory]
    [MemberData(nameof(Certain))]
    public void Decode_ByteOrderMarkOrValidUtf8_IsTheTextWithoutAGuess(string label, byte[] bytes, string encoding)
    {
        var text = CsvEncoding.Decode(bytes);

        Assert.True(text.Text == Csv, label);
        Assert.Equal(encoding, text.Encoding);
        Assert.False(text.Guessed);
    }

    [Fact]
    public void Decode_Windows1252_IsTheTextAndSaysItWasAGuess()
    {
        var text = CsvEncoding.Decode(Windows1252(Csv));

        Assert.Equal(Csv, text.Text);
        Assert.Equal("Windows-1252", text.Encoding);
        Assert.True(text.Guessed);
    }

    [Theory]
    [InlineData(new byte[] { 0x61, 0x00, 0x62, 0x00, 0x0A, 0x00 }, "byte 2 is a NUL")]
    [InlineData(new byte[] { 0x61, 0x2C, 0xE9, 0x81, 0x0A }, "neither UTF-8, UTF-16 nor Windows-1252 (byte 4 is 0x81")]
    [InlineData(new byte[] { 0x61, 0x2C, 0x1B, 0x5B, 0x0A }, "control character U+001B at character 3")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x61, 0xC3, 0x28 }, "byte-order mark of UTF-8 with a byte-order mark but the rest is not valid")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0xD8, 0x61, 0x00 }, "byte-order mark of UTF-16 LE but the rest is not valid")]
    public void Decode_BytesThatAreNoneOfThem_AreRefusedSayingWhy(byte[] bytes, string reason)
    {
        var text = CsvEncoding.Decode(bytes);

        Assert.Null(text.Text);
        Assert.Contains(reason, text.Problem, StringComparison.Ordinal);
        Assert.Contains("Save it as \"CSV UTF-8\"", text.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_Windows1252File_StoresTheAccentsAndReportsTheGuess()
    {
        var result = await ImportAsync(Windows1252(Csv));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal("Windows-1252", result.ReadAs);
        Assert.Contains("Read as Windows-1252 (the file is not UTF-8)", result.Report, StringComparison.Ordinal);
        var list = Assert.Single(await _fx.AccountLists.ListAsync(StoreFixture.Workspace, default));
        Assert.Equal(AccountListKind.SalesTarget, list.Kind);
        Assert.Equal(["Zoë Café GmbH", "Søren & Co — “Nordic”"], list.Accounts);
    }

    [Fact]
    public async Task Import_Utf16File_StoresTheTextWithNothingToReport()
    {
        var result = await ImportAsync([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Csv)]);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Null(result.ReadAs);
        Assert.Equal(result.Summary, result.Report);
        Assert.Equal("Zoë Café GmbH", Assert.Single(await _fx.AccountLists.ListAsync(StoreFixture.Workspace, default)).Accounts[0]);
    }

    [Fact]
    public async Task Import_UndecodableFile_IsRefusedWithTheReasonAndStoresNothing()
    {
        await ImportAsync(Encoding.UTF8.GetBytes("account,list\nAcme,sales_target\n"));
        byte[] broken = [.. Encoding.ASCII.GetBytes("account,list\nZo"), 0x81, .. Encoding.ASCII.GetBytes(",sales_target\n")];

        var result = await ImportAsync(broken);

        Assert.False(result.Succeeded);
        Assert.Contains("Cannot read accounts.csv: it is neither UTF-8, UTF-16 nor Windows-1252", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
        Assert.Equal("Acme", Assert.Single(Assert.Single(await _fx.AccountLists.ListAsync(StoreFixture.Workspace, default)).Accounts));
    }

    private async Task<ImportResult> ImportAsync(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return await _fx.Import.ImportAsync(StoreFixture.Workspace, "accounts.csv", stream, ImportOptions.Default, default);
    }

    private static byte[] Windows1252(string text) => CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text);
}
