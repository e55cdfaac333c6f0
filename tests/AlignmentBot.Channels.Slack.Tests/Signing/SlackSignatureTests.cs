using System.Text;
using AlignmentBot.Channels.Slack.Signing;

namespace AlignmentBot.Channels.Slack.Tests.Signing;

public sealed class SlackSignatureTests
{
    // Slack's worked example (docs.slack.dev/authentication/verifying-requests-from-slack), quoted exactly.
    private const string DocumentedSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string DocumentedTimestamp = "1531420618";
    private const string DocumentedBody = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private const string DocumentedSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private static readonly DateTimeOffset DocumentedNow = DateTimeOffset.FromUnixTimeSeconds(1531420618 + 30);

    private static byte[] Body => Encoding.UTF8.GetBytes(DocumentedBody);

    [Fact]
    public void Compute_DocumentedExample_MatchesSlacksSignature()
        => Assert.Equal(DocumentedSignature, SlackSignature.Compute(DocumentedSecret, DocumentedTimestamp, Body));

    [Fact]
    public void Verify_DocumentedExample_IsValid()
        => Assert.Equal(SignatureCheck.Valid, SlackSignature.Verify(DocumentedSecret, DocumentedTimestamp, DocumentedSignature, Body, DocumentedNow));

    [Fact]
    public void Verify_UpperCaseHex_IsValid()
        => Assert.Equal(SignatureCheck.Valid, SlackSignature.Verify(DocumentedSecret, DocumentedTimestamp, DocumentedSignature.ToUpperInvariant(), Body, DocumentedNow));

    [Theory]
    [InlineData("token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=x")]
    [InlineData("")]
    public void Verify_TamperedBody_IsMismatch(string body)
        => Assert.Equal(SignatureCheck.Mismatch, SlackSignature.Verify(DocumentedSecret, DocumentedTimestamp, DocumentedSignature, Encoding.UTF8.GetBytes(body), DocumentedNow));

    [Fact]
    public void Verify_OneByteAppended_IsMismatch()
        => Assert.Equal(SignatureCheck.Mismatch, SlackSignature.Verify(DocumentedSecret, DocumentedTimestamp, DocumentedSignature, Encoding.UTF8.GetBytes(DocumentedBody + " "), DocumentedNow));

    [Fact]
    public void Verify_WrongSecret_IsMismatch()
        => Assert.Equal(SignatureCheck.Mismatch, SlackSignature.Verify("another-secret", DocumentedTimestamp, DocumentedSignature, Body, DocumentedNow));

    [Fact]
    public void Verify_TimestampChangedWithSameSignature_IsMismatch()
        => Assert.Equal(SignatureCheck.Mismatch, SlackSignature.Verify(DocumentedSecret, "1531420619", DocumentedSignature, Body, DocumentedNow));

    [Theory]
    [InlineData(301)]
    [InlineData(3600)]
    [InlineData(-301)]
    [InlineData(-86400)]
    public void Verify_TimestampOutsideFiveMinutes_IsRefused(int secondsFromRequest)
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1531420618 + secondsFromRequest);

        Assert.Equal(SignatureCheck.OutsideWindow, SlackSignature.Verify(DocumentedSecret, DocumentedTimestamp, DocumentedSignature, Body, now));
    }

    [Theory]
    [InlineData(300)]
    [InlineData(-300)]
    [InlineData(0)]
    public void Verify_TimestampAtTheWindowEdge_IsValid(int secondsFromRequest)
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1531420618 + secondsFromRequest);

        Assert.Equal(SignatureCheck.Valid, SlackSignature.Verify(DocumentedSecret, DocumentedTimestamp, DocumentedSignature, Body, now));
    }

    [Theory]
    [InlineData(null, DocumentedSignature)]
    [InlineData(DocumentedTimestamp, null)]
    [InlineData("", "")]
    public void Verify_MissingHeader_IsRefused(string? timestamp, string? signature)
        => Assert.Equal(SignatureCheck.MissingHeaders, SlackSignature.Verify(DocumentedSecret, timestamp, signature, Body, DocumentedNow));

    [Theory]
    [InlineData("not-a-number")]
    [InlineData("-1531420618")]
    [InlineData("1531420618.5")]
    [InlineData("99999999999999999999")]
    public void Verify_MalformedTimestamp_IsRefused(string timestamp)
        => Assert.Equal(SignatureCheck.MalformedTimestamp, SlackSignature.Verify(DocumentedSecret, timestamp, DocumentedSignature, Body, DocumentedNow));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Verify_UnconfiguredSecret_RefusesEvenACorrectlySignedRequest(string? secret)
        => Assert.Equal(SignatureCheck.NotConfigured, SlackSignature.Verify(secret, DocumentedTimestamp, DocumentedSignature, Body, DocumentedNow));

    [Theory]
    [InlineData("v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("v0=")]
    public void Verify_OtherVersionOrTruncatedSignature_IsMismatch(string signature)
        => Assert.Equal(SignatureCheck.Mismatch, SlackSignature.Verify(DocumentedSecret, DocumentedTimestamp, signature, Body, DocumentedNow));
}
