using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Sync;

/// <summary>
/// The one place that decides who may connect a CRM, run the sync and see its status in chat. There are no workspace
/// admins yet, so for now it is people in leadership; when the permission matrix exists, this method asks it.
/// </summary>
public static class CrmSyncAdmins
{
    public static bool CanManage(Person person) => person.Role == Role.Leadership;

    /// <summary>Who to ask instead, for a refusal that names them.</summary>
    public static IEnumerable<Person> Who(IEnumerable<Person> people) => people.Where(CanManage);
}
