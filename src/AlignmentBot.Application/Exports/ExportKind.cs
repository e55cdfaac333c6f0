namespace AlignmentBot.Application.Exports;

/// <summary>What can be exported as CSV, in chat ("export the goals") and on the command line (<c>export goals</c>).</summary>
public enum ExportKind
{
    Scorecard,
    Goals,
    Verdicts,
}
