namespace AlignmentBot.Application.People;

public enum RoleCommandKind
{
    /// <summary>"make @marco the marketing lead", "Sam is the sales lead" (admins).</summary>
    Assign,

    /// <summary>"make @priya an admin" (admins).</summary>
    MakeAdmin,

    /// <summary>"Priya is no longer an admin" (admins).</summary>
    RemoveAdmin,

    /// <summary>"role requests": the requests waiting, each with Approve and Decline (admins).</summary>
    ListRequests,

    /// <summary>"who has which role?", "who are the admins?" (any member).</summary>
    ListRoles,

    /// <summary>"who are the admins then?", "who approves roles?", "who can change our currency?": the admins named (any member).</summary>
    WhoAdmins,

    /// <summary>"let jordan in", "approve Casey's role request", "casey's fine, approve her": the person's waiting request approved (admins).</summary>
    ApproveRequest,

    /// <summary>"I'm in sales now", "change my role": a request, granted at once only for an admin.</summary>
    RequestOwn,
}
