namespace AlignmentBot.Application.Tests.Scenarios;

/// <summary>A test that runs only when the held-out scenarios are being evaluated (ALIGNMENTBOT_EVALUATE_SEALED=1).</summary>
public sealed class SealedScenariosFactAttribute : FactAttribute
{
    public const string Variable = "ALIGNMENTBOT_EVALUATE_SEALED";

    public SealedScenariosFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Variable) != "1")
        {
            Skip = $"The sealed scenarios are held out: they are evaluated once, at the end of the work, with {Variable}=1. Nothing else may run them.";
        }
    }
}
