namespace AlignmentBot.Application.Dialogs;

/// <summary>The verbs on the bot's own card buttons. Channels echo them back verbatim.</summary>
public static class Verbs
{
    public const string StartGoal = "goal.start";
    public const string GoalFromNumbers = "goal.fromNumbers";
    public const string ConfirmGoal = "goal.confirm";

    /// <summary>Saves a company goal without the marketing goal translated from it ("Revenue goal only").</summary>
    public const string ConfirmGoalOnly = "goal.confirmOnly";
    public const string ChangeGoal = "goal.change";
    public const string UseSuggestedTarget = "goal.useSuggested";
    public const string KeepTarget = "goal.keepTarget";
    public const string OpenGoalForm = "goal.form.open";
    public const string SubmitGoalForm = "goal.form.submit";
    public const string ShowStatus = "status.show";
    public const string SubmitRequestForm = "request.submitForm";
    public const string DeclineRequest = "request.decline";
    public const string AcceptLead = "lead.accept";
    public const string RejectLead = "lead.reject";
    public const string UndoLead = "lead.undo";
    public const string ConfirmSla = "sla.confirm";
    public const string Help = "help.show";
    public const string OpenCrmConnect = "sync.connect.open";
    public const string SubmitCrmConnect = "sync.connect.submit";
    public const string ConfirmGoalEdit = "goal.edit.confirm";
    public const string CancelGoalEdit = "goal.edit.cancel";
    public const string UndoGoalEdit = "goal.edit.undo";
    public const string AssignRole = "role.assign";
    public const string MakeAdmin = "role.admin";
    public const string ApproveRole = "role.approve";
    public const string DeclineRole = "role.decline";
}
