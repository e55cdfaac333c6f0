using AlignmentBot.Channels.Teams.Configuration;
using AlignmentBot.Channels.Teams.Tests.Support;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Channels.Teams.Tests;

/// <summary>A half-configured identity stops the host at start-up with a message that says what to set.</summary>
public sealed class ConfigurationTests
{
    [Theory]
    [InlineData("MultiTenant", null, null, "MicrosoftAppPassword is required")]
    [InlineData("SingleTenant", "s3cr3t-value", null, "MicrosoftAppTenantId is required")]
    [InlineData("Sometimes", "s3cr3t-value", null, "MicrosoftAppType 'Sometimes'")]
    [InlineData("MultiTenant", "s3cr3t-value", "http://keys.example.com/", "BotFramework:OpenIdMetadataUrl must be an absolute https URL")]
    public async Task Start_IncompleteIdentity_FailsWithAClearMessage(string appType, string? password, string? metadataUrl, string expected)
    {
        var error = await Assert.ThrowsAnyAsync<OptionsValidationException>(() => TeamsTestHost.StartAsync(identity: null, settings =>
        {
            settings["MicrosoftAppId"] = "6a1f4a5e-8f4b-4a49-9d43-0f7c3a2e9b11";
            settings["MicrosoftAppType"] = appType;
            settings["MicrosoftAppPassword"] = password;
            if (metadataUrl is not null)
            {
                settings["BotFramework:OpenIdMetadataUrl"] = metadataUrl;
            }
        }));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t-value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_PasswordWithoutAppId_Fails()
    {
        var error = await Assert.ThrowsAnyAsync<OptionsValidationException>(() => TeamsTestHost.StartAsync(identity: null, s => s["MicrosoftAppPassword"] = "secret"));

        Assert.Contains("MicrosoftAppId is empty", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("100001")]
    public async Task Start_PacingOutOfRange_FailsWithTheRange(string perSecond)
    {
        var error = await Assert.ThrowsAnyAsync<OptionsValidationException>(() => TeamsTestHost.StartAsync(identity: null, s => s["BotFramework:Pacing:PerTenantPerSecond"] = perSecond));

        Assert.Contains("BotFramework:Pacing:PerTenantPerSecond must be between 0 (off) and 100000 (default 50)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("*.net")]
    [InlineData("https://smba.trafficmanager.net/")]
    [InlineData("smba.trafficmanager.net:443")]
    [InlineData("smba.trafficmanager.net/amer")]
    public async Task Start_AllowedServiceUrlHostNotAHostName_FailsRatherThanAllowingMore(string entry)
    {
        var error = await Assert.ThrowsAnyAsync<OptionsValidationException>(() => TeamsTestHost.StartAsync(identity: null, s => s["BotFramework:AllowedServiceUrlHosts:0"] = entry));

        Assert.Contains($"BotFramework:AllowedServiceUrlHosts entries are host names such as smba.trafficmanager.net or *.botframework.com (no scheme, port, path or bare *); got '{entry}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BotAppType.MultiTenant, null, "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token")]
    [InlineData(BotAppType.SingleTenant, "72f988bf-86f1-41af-91ab-2d7cd011db47", "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/v2.0/token")]
    [InlineData(BotAppType.UserAssignedMSI, "72f988bf-86f1-41af-91ab-2d7cd011db47", "http://169.254.169.254/metadata/identity/oauth2/token")]
    public void TokenEndpoint_DefaultsFollowTheAppType(BotAppType type, string? tenant, string expected)
    {
        var options = new BotFrameworkOptions { MicrosoftAppId = "6a1f4a5e-8f4b-4a49-9d43-0f7c3a2e9b11", MicrosoftAppType = type, MicrosoftAppTenantId = tenant };

        Assert.Equal(expected, options.ResolveTokenEndpoint());
    }
}
