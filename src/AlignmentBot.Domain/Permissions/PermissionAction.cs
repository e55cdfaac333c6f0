namespace AlignmentBot.Domain.Permissions;

/// <summary>Everything a person can ask the bot to do, as the permission matrix sees it.</summary>
public enum PermissionAction
{
    /// <summary>See the workspace's data: scorecard, goals, lead agreement, requests, numbers, overlap, budget, digest previews.</summary>
    Read,

    /// <summary>Set a company goal (revenue, retention, budget share): leadership's goals.</summary>
    DefineCompanyGoal,

    /// <summary>Set a marketing, sales or shared goal; the resource names the function(s).</summary>
    DefineFunctionGoal,

    /// <summary>Record numbers; the resource names the functions and owners of the goals they feed.</summary>
    CheckIn,

    LogRequest,

    /// <summary>"Decline it" on an unaligned request; the resource names who logged it.</summary>
    DeclineRequest,

    /// <summary>
    /// Take back ("undo that") or correct ("it was Alex who asked", "it costs €500") a request just logged; the resource
    /// names who logged it.
    /// </summary>
    ChangeLoggedRequest,

    /// <summary>Accept or reject a lead.</summary>
    DecideLead,

    /// <summary>Undo a lead decision; the resource names who made it.</summary>
    UndoLeadDecision,

    ProposeSla,

    /// <summary>Sign one side of the lead agreement; the resource names the side and who signed the other one.</summary>
    ConfirmSla,

    /// <summary>Subscribe, reschedule, stop or send a channel's digest; the resource says whether the person is in that channel.</summary>
    ManageChannelDigest,

    /// <summary>Workspace-wide settings such as digest holidays.</summary>
    ManageWorkspace,

    /// <summary>Grant roles and admin rights, approve or decline role requests.</summary>
    ManageRoles,

    /// <summary>Connect or disconnect a CRM, run its sync, see the sync's status and the stage mapping.</summary>
    ManageSync,

    /// <summary>Ask an admin for a role ("I'm in sales now").</summary>
    RequestRole,

    /// <summary>Load a CSV file of measurements, leads or accounts shared in chat.</summary>
    ImportData,

    /// <summary>
    /// "Remind Priya about the CPL goal now": the resource names who set the goal (<see cref="PermissionResource.AuthorId"/>)
    /// and the owner's function (<see cref="PermissionResource.Functions"/>), whose lead may.
    /// </summary>
    RemindNow,

    /// <summary>"Who hasn't checked in?": overdue check-ins by owner.</summary>
    SeeOverdueCheckIns,
}
