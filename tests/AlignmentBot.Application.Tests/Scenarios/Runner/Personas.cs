using AlignmentBot.Application.Ports;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AlignmentBot.Application.Tests.Scenarios.Runner;

/// <summary>
/// The cast, and the one place that gives them their roles. Today a role is one of leadership, marketing and sales
/// and nobody is an admin; when roles become "marketing lead", "sales rep" and admins grant them, only
/// <see cref="ApplyAsync"/> has to change.
/// </summary>
public static class Personas
{
    private static readonly Persona[] All =
    [
        new("dana", "demo-dana", "Dana Whitfield", "Dana Whitfield (CEO)", Role.Leadership, "leadership", IsAdmin: true),
        new("marco", "demo-marco", "Marco Silva", "Marco Silva (CMO)", Role.Marketing, "marketing lead", IsAdmin: false),
        new("priya", "demo-priya", "Priya Natarajan", "Priya Natarajan (Marketing)", Role.Marketing, "marketer", IsAdmin: false),
        new("sam", "demo-sam", "Sam Okafor", "Sam Okafor (VP Sales)", Role.Sales, "sales lead", IsAdmin: false),
        new("alex", "demo-alex", "Alex Kim", "Alex Kim (SDR)", Role.Sales, "sales rep", IsAdmin: false),

        // A second Priya, so "Priya owns it" has two people to choose from. Added only where a scenario names her.
        new("priyas", "U-PRIYA-SHAH", "Priya Shah", "Priya Shah", Role.Sales, "sales rep", IsAdmin: false),

        // Newcomers: members of the workspace the bot has never talked to, with no role yet.
        new("jordan", "U-JORDAN", "Jordan Lee", "Jordan Lee", null, null, IsAdmin: false),
        new("casey", "U-CASEY", "Casey Brooks", "Casey Brooks", null, null, IsAdmin: false),
    ];

    public static IReadOnlyList<Persona> Cast => All;

    public static Persona? Find(string key) => All.FirstOrDefault(p => p.Key.Equals(key, StringComparison.OrdinalIgnoreCase));

    public static Persona Get(string key) => Find(key) ?? throw new ArgumentException($"There is no persona '{key}'.", nameof(key));

    /// <summary>
    /// Gives each persona of the scenario the role it has today. The demo already stores dana, marco, priya, sam and
    /// alex; an empty workspace gets them here. Newcomers stay unknown. Admin rights cannot be stored yet.
    /// </summary>
    public static async Task ApplyAsync(BotHarness harness, IEnumerable<Persona> personas, CancellationToken cancellationToken)
    {
        var store = harness.Services.GetRequiredService<IWorkspaceStore>();
        foreach (var persona in personas.Where(p => p.Role is not null))
        {
            var existing = await store.GetPersonAsync(WorkspaceId.Local, persona.UserId, cancellationToken);
            if (existing?.Role != persona.Role)
            {
                await harness.PersonAsync(persona.UserId, persona.StoredName, persona.Role!.Value);
            }
        }
    }
}
