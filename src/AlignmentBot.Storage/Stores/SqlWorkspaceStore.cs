using System.Data.Common;
using AlignmentBot.Application.Audit;
using AlignmentBot.Application.Ports;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage.Sql;

namespace AlignmentBot.Storage.Stores;

public sealed class SqlWorkspaceStore(IDbConnectionFactory connections, AuditTrail? audit = null) : SqlStore(connections, audit), IWorkspaceStore
{
    private const string WorkspaceColumns = "id, platform, name, time_zone, currency, industry, region, week_start, fiscal_year_start, work_week, annual_revenue";
    private const string PersonColumns = "workspace_id, user_id, display_name, role, time_zone, is_admin, platform_admin, address_id, personal_conversation";

    public async Task<Workspace?> GetAsync(WorkspaceId id, CancellationToken cancellationToken)
        => (await QueryAsync($"SELECT {WorkspaceColumns} FROM workspaces WHERE id = @id", MapWorkspace, cancellationToken, ("@id", id.Value))).SingleOrDefault();

    public Task<IReadOnlyList<Workspace>> ListAsync(CancellationToken cancellationToken)
        => QueryAsync($"SELECT {WorkspaceColumns} FROM workspaces ORDER BY id", MapWorkspace, cancellationToken);

    public Task SaveAsync(Workspace workspace, CancellationToken cancellationToken)
        => InTransactionAsync(async (connection, transaction) =>
        {
            var before = await FindAsync(connection, transaction, $"SELECT {WorkspaceColumns} FROM workspaces WHERE id = @id", MapWorkspace, cancellationToken, ("@id", workspace.Id.Value));
            await ExecuteAsync(connection, transaction, $"""
            INSERT INTO workspaces ({WorkspaceColumns}) VALUES (@id, @platform, @name, @tz, @currency, @industry, @region, @week, @fiscal, @workWeek, @revenue)
            ON CONFLICT (id) DO UPDATE SET platform = excluded.platform, name = excluded.name, time_zone = excluded.time_zone,
                currency = excluded.currency, industry = excluded.industry, region = excluded.region, week_start = excluded.week_start,
                fiscal_year_start = excluded.fiscal_year_start, work_week = excluded.work_week, annual_revenue = excluded.annual_revenue
            """, cancellationToken,
            ("@id", workspace.Id.Value), ("@platform", workspace.Platform), ("@name", workspace.Name), ("@tz", workspace.TimeZone),
            ("@currency", workspace.Currency), ("@industry", workspace.Industry), ("@region", workspace.Region), ("@week", workspace.WeekStart),
            ("@fiscal", workspace.FiscalYearStartMonth), ("@workWeek", workspace.WorkWeek), ("@revenue", workspace.AnnualRevenue));
            await AuditAsync(connection, transaction, workspace.Id, before is null ? AuditKinds.WorkspaceCreated : AuditKinds.WorkspaceChanged,
                before is null ? null : AuditSnapshots.Workspace(before), AuditSnapshots.Workspace(workspace), cancellationToken);
        }, cancellationToken);

    public async Task<Person?> GetPersonAsync(WorkspaceId workspaceId, string userId, CancellationToken cancellationToken)
        => (await QueryAsync($"SELECT {PersonColumns} FROM people WHERE workspace_id = @ws AND user_id = @user",
            MapPerson, cancellationToken, ("@ws", workspaceId.Value), ("@user", userId))).SingleOrDefault();

    public Task<IReadOnlyList<Person>> ListPeopleAsync(WorkspaceId workspaceId, CancellationToken cancellationToken)
        => QueryAsync($"SELECT {PersonColumns} FROM people WHERE workspace_id = @ws ORDER BY display_name",
            MapPerson, cancellationToken, ("@ws", workspaceId.Value));

    /// <summary>Saves the person; only a role change is shared data, and only it is audited.</summary>
    public Task SavePersonAsync(Person person, CancellationToken cancellationToken)
        => InTransactionAsync(async (connection, transaction) =>
        {
            var before = await FindAsync(connection, transaction, $"SELECT {PersonColumns} FROM people WHERE workspace_id = @ws AND user_id = @user", MapPerson, cancellationToken,
                ("@ws", person.WorkspaceId.Value), ("@user", person.UserId));
            await ExecuteAsync(connection, transaction, $"""
                INSERT INTO people ({PersonColumns}) VALUES (@ws, @user, @name, @role, @tz, @admin, @platformAdmin, @address, @personal)
                ON CONFLICT (workspace_id, user_id) DO UPDATE SET display_name = excluded.display_name, role = excluded.role, time_zone = excluded.time_zone,
                    is_admin = excluded.is_admin, platform_admin = excluded.platform_admin, address_id = excluded.address_id, personal_conversation = excluded.personal_conversation
                """, cancellationToken,
                ("@ws", person.WorkspaceId.Value), ("@user", person.UserId), ("@name", person.DisplayName), ("@role", person.Role), ("@tz", person.TimeZone),
                ("@admin", person.IsAdmin), ("@platformAdmin", person.IsPlatformAdmin), ("@address", person.AddressId), ("@personal", person.PersonalConversation));

            // Someone new without a role yet changed nothing anyone shares.
            await AuditAsync(connection, transaction, person.WorkspaceId, AuditKinds.RoleChanged,
                AuditSnapshots.Role(before ?? person with { Role = null }), AuditSnapshots.Role(person), cancellationToken);
        }, cancellationToken);

    private static Workspace MapWorkspace(DbDataReader r) => new(
        new WorkspaceId(r.String("id")), r.Enum<Platform>("platform"), r.String("name"), r.String("time_zone"), r.String("currency"),
        r.Enum<Industry>("industry"), r.Enum<Region>("region"), r.Enum<DayOfWeek>("week_start"),
        r.Int("fiscal_year_start"), r.String("work_week"), r.NullableDecimal("annual_revenue"));

    private static Person MapPerson(DbDataReader r) => new(
        new WorkspaceId(r.String("workspace_id")), r.String("user_id"), r.String("display_name"), r.NullableEnum<Role>("role"), r.NullableString("time_zone"))
    {
        IsAdmin = r.Bool("is_admin"),
        IsPlatformAdmin = r.Bool("platform_admin"),
        AddressId = r.NullableString("address_id"),
        PersonalConversation = r.NullableString("personal_conversation"),
    };
}
