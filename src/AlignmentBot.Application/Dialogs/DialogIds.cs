namespace AlignmentBot.Application.Dialogs;

public static class DialogIds
{
    public const string Onboarding = "onboarding";
    public const string Goal = "goal";
    public const string GoalEdit = "goal_edit";
    public const string RunNumbers = "run_numbers";
    public const string LogRequest = "log_request";
    public const string LeadFeedback = "lead_feedback";
    public const string Sla = "sla";
    public const string Forget = "forget";
    public const string FileImport = "file_import";
    public const string Budget = "budget";
}
