using AlignmentBot.Application.Dialogs;
using AlignmentBot.Conversations.Dialogs.Prompts;
using AlignmentBot.Conversations.Turns;
using AlignmentBot.Domain.Permissions;

namespace AlignmentBot.Application.Permissions;

/// <summary>
/// What every intent and every button verb needs before it runs, checked by the turn handler in one place. Where the
/// answer depends on the thing acted on (which goal, which side of the agreement, which decision), the command or
/// service checks again with those facts; the entries marked so here only let the person that far.
/// </summary>
public static class CommandPermissions
{
    /// <summary>Null: nothing to check (help, cancel, an answer to the question being asked).</summary>
    public static PermissionAction? ForIntent(string intent) => intent switch
    {
        "status" or "run_numbers" or "overlap" or "budget" or "export" => PermissionAction.Read,

        // Showing settings and a goal's history is reading; SettingsCommand checks ManageWorkspace before a change.
        "settings" or "goal_history" => PermissionAction.Read,

        // Reminders: a person's own preferences need reading; ReminderChatCommand checks RemindNow and SeeOverdueCheckIns.
        "reminders" => PermissionAction.Read,
        "log_request" => PermissionAction.LogRequest,
        "lead_feedback" => PermissionAction.DecideLead,
        "sync" => PermissionAction.ManageSync,

        // Resource-level: the goal's function (GoalDialog), the metric's goals (CheckInCommand), proposal or side
        // (SlaService), holiday or channel (DigestCommand). Reading is the least each of them needs.
        "define_goal" or "check_in" or "sla" or "digest" => PermissionAction.Read,
        _ => null,
    };

    public static PermissionAction? ForVerb(string verb) => verb switch
    {
        Verbs.ShowStatus => PermissionAction.Read,
        Verbs.StartGoal or Verbs.GoalFromNumbers or Verbs.OpenGoalForm or Verbs.SubmitGoalForm => PermissionAction.Read,
        Verbs.ConfirmGoal or Verbs.ConfirmGoalOnly or Verbs.ChangeGoal or Verbs.UseSuggestedTarget or Verbs.KeepTarget => PermissionAction.Read,
        Verbs.SubmitRequestForm or WellKnownVerbs.LogRequestFromMessage => PermissionAction.LogRequest,
        Verbs.DeclineRequest => PermissionAction.Read,
        Verbs.AcceptLead or Verbs.RejectLead => PermissionAction.DecideLead,
        Verbs.UndoLead => PermissionAction.Read,
        Verbs.ConfirmSla => PermissionAction.Read,
        Verbs.AssignRole or Verbs.MakeAdmin or Verbs.ApproveRole or Verbs.DeclineRole => PermissionAction.ManageRoles,
        Verbs.OpenCrmConnect or Verbs.SubmitCrmConnect => PermissionAction.ManageSync,
        Prompt<string>.AnswerVerb or Verbs.Help => null,
        _ => PermissionAction.Read,
    };
}
