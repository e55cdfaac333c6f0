using AlignmentBot.Application.Ports;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Application.Tests.Scenarios.Runner;

/// <summary>
/// The cast, and the one place that gives them their roles and admin rights, as an admin would have granted them.
/// </summary>
public static class Personas
{
    private static readonly Persona[] All =
    [
        new("dana", "demo-dana", "Dana Whitfield", "Dana Whitfield (CEO)", Role.Leadership, IsAdmin: true),
        new("marco", "demo-marco", "Marco Silva", "Marco Silva (CMO)", Role.MarketingLead, IsAdmin: false),
        new("priya", "demo-priya", "Priya Natarajan", "Priya Natarajan (Marketing)", Role.Marketer, IsAdmin: false),
        new("sam", "demo-sam", "Sam Okafor", "Sam Okafor (VP Sales)", Role.SalesLead, IsAdmin: false),
        new("alex", "demo-alex", "Alex Kim", "Alex Kim (SDR)", Role.SalesRep, IsAdmin: false),

        // A second Priya, so "Priya owns it" has two people to choose from. Added only where a scenario names her.
        new("priyas", "U-PRIYA-SHAH", "Priya Shah", "Priya Shah", Role.SalesRep, IsAdmin: false),

        // Newcomers: members of the workspace the bot has never talked to, with no role yet.
        new("jordan", "U-JORDAN", "Jordan Lee", "Jordan Lee", null, IsAdmin: false),
        new("casey", "U-CASEY", "Casey Brooks", "Casey Brooks", null, IsAdmin: false),
    ];

    public static IReadOnlyList<Persona> Cast => All;

    public static Persona? Find(string key) => All.FirstOrDefault(p => p.Key.Equals(key, StringComparison.OrdinalIgnoreCase));

    public static Persona Get(string key) => Find(key) ?? throw new ArgumentException($"There is no persona '{key}'.", nameof(key));

    /// <summary>
    /// Gives each persona of the scenario their role and admin right. The demo already stores dana, marco, priya, sam and
    /// alex; an empty workspace gets them here. Newcomers stay unknown: no role, no admin right.
    /// </summary>
    public static async Task ApplyAsync(BotHarness harness, IEnumerable<Persona> personas, CancellationToken cancellationToken)
    {
        var store = harness.Services.GetRequiredService<IWorkspaceStore>();
        foreach (var persona in personas.Where(p => p.Role is not null))
        {
            var existing = await store.GetPersonAsync(ScenarioWorkspace.Id, persona.UserId, cancellationToken);
            if (existing is null || existing.Role != persona.Role || existing.IsAdmin != persona.IsAdmin)
            {
                await harness.PersonAsync(persona.UserId, persona.StoredName, persona.Role!.Value, ScenarioWorkspace.Name, admin: persona.IsAdmin);
            }
        }
    }
}
