using AlignmentBot.Domain.Permissions;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Domain.Tests.Permissions;

/// <summary>
/// The whole matrix, every action against every kind of person: each role and none, admin or not, member, guest,
/// outsider or unverified, and whether the person is the one the resource names. The expectations are written out
/// here as a table, independently of how <see cref="PermissionMatrix"/> is written.
/// </summary>
public class PermissionMatrixTests
{
    private const string Me = "U-ME";
    private const string Someone = "U-OTHER";

    /// <summary>
    /// Who may: "everyone" (every member), a role (L = leadership, ML = marketing lead, M = marketer, SL = sales lead,
    /// SR = sales rep), "anyrole", "admin", or "named" (the person the resource names: the goal's owner, the decider, the logger).
    /// </summary>
    public static TheoryData<string, PermissionAction, bool, string> Table => new()
    {
        { "read", PermissionAction.Read, false, "everyone" },
        { "log a request", PermissionAction.LogRequest, false, "everyone" },
        { "ask for a role", PermissionAction.RequestRole, false, "everyone" },
        { "company goal", PermissionAction.DefineCompanyGoal, false, "L admin" },
        { "marketing goal", PermissionAction.DefineFunctionGoal, false, "L ML admin" },
        { "sales goal", PermissionAction.DefineFunctionGoal, false, "L SL admin" },
        { "shared goal", PermissionAction.DefineFunctionGoal, false, "L ML SL admin" },
        { "check in on a marketing goal", PermissionAction.CheckIn, false, "ML M admin" },
        { "check in on a marketing goal I own", PermissionAction.CheckIn, true, "ML M admin named" },
        { "check in on a sales goal", PermissionAction.CheckIn, false, "SL SR admin" },
        { "decline someone's request", PermissionAction.DeclineRequest, false, "ML M admin" },
        { "decline my own request", PermissionAction.DeclineRequest, true, "ML M admin named" },
        { "change or take back someone's logged request", PermissionAction.ChangeLoggedRequest, false, "admin" },
        { "change or take back my logged request", PermissionAction.ChangeLoggedRequest, true, "admin named" },
        { "lead verdict", PermissionAction.DecideLead, false, "SL SR" },
        { "undo someone's verdict", PermissionAction.UndoLeadDecision, false, "admin" },
        { "undo my verdict", PermissionAction.UndoLeadDecision, true, "admin named" },
        { "propose the SLA", PermissionAction.ProposeSla, false, "L ML SL" },
        { "confirm for marketing", PermissionAction.ConfirmSla, false, "ML" },
        { "confirm for sales", PermissionAction.ConfirmSla, false, "SL" },
        { "confirm for sales, having signed marketing", PermissionAction.ConfirmSla, true, "" },
        { "a digest in my channel", PermissionAction.ManageChannelDigest, false, "anyrole admin" },
        { "a digest in another channel", PermissionAction.ManageChannelDigest, true, "admin" },
        { "holidays and settings", PermissionAction.ManageWorkspace, false, "admin" },
        { "roles and admins", PermissionAction.ManageRoles, false, "admin" },
        { "CRM connection, sync and mapping", PermissionAction.ManageSync, false, "admin" },
        { "load a file of numbers or leads", PermissionAction.ImportData, false, "L ML SL admin" },
        { "remind a marketer about a goal now", PermissionAction.RemindNow, false, "L ML admin" },
        { "remind a sales rep about a goal I set", PermissionAction.RemindNow, true, "L SL admin named" },
        { "who hasn't checked in", PermissionAction.SeeOverdueCheckIns, false, "L admin" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Check_EveryKindOfPerson_MatchesTheTable(string row, PermissionAction action, bool namesMe, string allowed)
    {
        var who = allowed.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var resource = Resource(row, namesMe);
        var checkedPeople = 0;
        foreach (var role in new Role?[] { null, Role.Leadership, Role.MarketingLead, Role.Marketer, Role.SalesLead, Role.SalesRep })
        {
            foreach (var admin in new[] { false, true })
            {
                foreach (var membership in Enum.GetValues<Membership>())
                {
                    var actor = new Actor(Me, role, admin, membership);
                    var expected = membership == Membership.Member && (who.Contains("everyone") || (role is not null && (who.Contains(Code(role.Value)) || who.Contains("anyrole")))
                        || (admin && who.Contains("admin")) || (namesMe && who.Contains("named")));

                    var permission = PermissionMatrix.Check(action, actor, resource);

                    Assert.True(expected == permission.Allowed, $"{row}: {Describe(actor)} should {(expected ? "be allowed" : "be refused")}");
                    Assert.Equal(action, permission.Action);
                    if (!permission.Allowed)
                    {
                        Assert.False(string.IsNullOrWhiteSpace(permission.Reason));
                        Assert.Equal(membership != Membership.Member, permission.RefusedForMembership);
                    }

                    checkedPeople++;
                }
            }
        }

        Assert.Equal(6 * 2 * 4, checkedPeople);
    }

    [Fact]
    public void Check_ConfirmForSalesRefused_SaysOnlyASalesLeadCanAndWhoCan()
    {
        var permission = PermissionMatrix.Check(PermissionAction.ConfirmSla, new Actor(Me, Role.MarketingLead, true), new PermissionResource { Side = Function.Sales });

        Assert.Equal("Only a sales lead can confirm for sales", permission.Reason);
        Assert.Equal([Role.SalesLead], permission.WhoCan.Roles);
        Assert.False(permission.WhoCan.Admins);
    }

    [Fact]
    public void Check_UndoSomeoneElsesVerdict_NamesTheDeciderAndAdmins()
    {
        var permission = PermissionMatrix.Check(PermissionAction.UndoLeadDecision, new Actor(Me, Role.SalesRep, false), new PermissionResource { AuthorId = Someone });

        Assert.Equal("Only the person who made this decision or an admin can undo it", permission.Reason);
        Assert.Equal([Someone], permission.WhoCan.PersonIds);
        Assert.True(permission.WhoCan.Admins);
    }

    [Fact]
    public void Check_MarketerSettingAMarketingGoal_NamesTheMarketingLeadAndLeadership()
    {
        var permission = PermissionMatrix.Check(PermissionAction.DefineFunctionGoal, new Actor(Me, Role.Marketer, false), new PermissionResource { Functions = [Function.Marketing] });

        Assert.Equal("Only the marketing lead, leadership or an admin can set a marketing goal", permission.Reason);
        Assert.Equal([Role.MarketingLead, Role.Leadership], permission.WhoCan.Roles);
    }

    [Fact]
    public void Check_ConfirmWithoutASide_IsAProgrammingError()
    {
        Assert.Throws<ArgumentException>(() => PermissionMatrix.Check(PermissionAction.ConfirmSla, new Actor(Me, Role.SalesLead, false)));
    }

    private static PermissionResource Resource(string row, bool namesMe)
    {
        var named = namesMe ? Me : Someone;
        return row switch
        {
            "marketing goal" => new PermissionResource { Functions = [Function.Marketing] },
            "sales goal" => new PermissionResource { Functions = [Function.Sales] },
            "shared goal" => new PermissionResource { Functions = [Function.Marketing, Function.Sales] },
            "check in on a marketing goal" or "check in on a marketing goal I own" => new PermissionResource { Functions = [Function.Marketing], OwnerIds = [named] },
            "check in on a sales goal" => new PermissionResource { Functions = [Function.Sales], OwnerIds = [Someone] },
            "decline someone's request" or "decline my own request" or "undo someone's verdict" or "undo my verdict"
                or "change or take back someone's logged request" or "change or take back my logged request" => new PermissionResource { AuthorId = named },
            "confirm for marketing" => new PermissionResource { Side = Function.Marketing, OtherSideSignatoryId = Someone },
            "confirm for sales" => new PermissionResource { Side = Function.Sales },
            "confirm for sales, having signed marketing" => new PermissionResource { Side = Function.Sales, OtherSideSignatoryId = Me },
            "a digest in another channel" => new PermissionResource { InChannel = false },
            "remind a marketer about a goal now" => new PermissionResource { Functions = [Function.Marketing], AuthorId = Someone },
            "remind a sales rep about a goal I set" => new PermissionResource { Functions = [Function.Sales], AuthorId = named },
            _ => PermissionResource.None,
        };
    }

    private static string Code(Role role) => role switch
    {
        Role.Leadership => "L",
        Role.MarketingLead => "ML",
        Role.Marketer => "M",
        Role.SalesLead => "SL",
        _ => "SR",
    };

    private static string Describe(Actor actor) => $"{(actor.Role is { } r ? Roles.Noun(r) : "no role")}{(actor.IsAdmin ? ", admin" : string.Empty)}, {actor.Membership}";
}
