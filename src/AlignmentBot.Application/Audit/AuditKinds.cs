namespace AlignmentBot.Application.Audit;

/// <summary>What an audit entry records. The part before the dot is the kind of thing that changed.</summary>
public static class AuditKinds
{
    public const string GoalCreated = "goal.created";
    public const string GoalChanged = "goal.changed";
    public const string MeasurementRecorded = "measurement.recorded";
    public const string MeasurementChanged = "measurement.changed";
    public const string MeasurementRemoved = "measurement.removed";
    public const string Imported = "import.applied";
    public const string RequestLogged = "request.logged";
    public const string RequestChanged = "request.changed";
    public const string RequestRemoved = "request.removed";
    public const string LeadDecided = "lead.decided";
    public const string LeadUndone = "lead.undone";
    public const string LeadChanged = "lead.changed";
    public const string SlaProposed = "sla.proposed";
    public const string SlaSigned = "sla.signed";
    public const string SlaChanged = "sla.changed";
    public const string SlaReplaced = "sla.replaced";
    public const string SlaWithdrawn = "sla.withdrawn";
    public const string SlaUnsigned = "sla.unsigned";
    public const string SlaReinstated = "sla.reinstated";
    public const string RoleChanged = "role.changed";
    public const string AdminChanged = "admin.changed";
    public const string SubscriptionAdded = "subscription.added";
    public const string SubscriptionChanged = "subscription.changed";
    public const string SubscriptionStopped = "subscription.stopped";
    public const string HolidayAdded = "holiday.added";
    public const string HolidayChanged = "holiday.changed";
    public const string HolidayRemoved = "holiday.removed";
    public const string WorkspaceCreated = "workspace.created";
    public const string WorkspaceChanged = "workspace.changed";
    public const string PersonForgotten = "person.forgotten";
    public const string WorkspaceUninstalled = "workspace.uninstalled";
    public const string WorkspaceReinstalled = "workspace.reinstalled";
    public const string CrmConnected = "crm.connected";
    public const string CrmDisconnected = "crm.disconnected";
    public const string CrmMappingChanged = "crm.mapping_changed";
    public const string CrmSyncRequested = "crm.sync_requested";

    /// <summary>"goal" for "goal.created": the kind of thing an entry is about.</summary>
    public static string Area(string kind) => kind.Split('.')[0];
}
