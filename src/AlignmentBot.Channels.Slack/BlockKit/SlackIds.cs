namespace AlignmentBot.Channels.Slack.BlockKit;

/// <summary>Action ids and callback ids this channel owns (never a bot verb).</summary>
internal static class SlackIds
{
    /// <summary>The button under a form summary that opens the form as a modal.</summary>
    public const string OpenFormAction = "alignmentbot.form.open";

    /// <summary>Every modal we open carries this callback id.</summary>
    public const string FormCallback = "alignmentbot.form";

    /// <summary>The message shortcut "Log as marketing request" (manifests/slack/manifest.yaml).</summary>
    public const string LogRequestShortcut = "log_marketing_request";

    /// <summary>Submit verb for a form card that has no actions of its own.</summary>
    public const string DefaultSubmitVerb = "form.submit";
}
