namespace AlignmentBot.Channels.Teams.Configuration;

/// <summary>MicrosoftAppType as the Azure Bot resource names it. New bots should be SingleTenant or UserAssignedMSI.</summary>
public enum BotAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMSI,
}
