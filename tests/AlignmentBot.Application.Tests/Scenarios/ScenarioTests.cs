using AlignmentBot.Application.Tests.Scenarios.Runner;
using Xunit.Abstractions;

namespace AlignmentBot.Application.Tests.Scenarios;

/// <summary>
/// Whole conversations as users have them (docs/scenarios.md). The tuning part must pass at least as often as it did
/// when the floor was last raised; the sealed part is held out and evaluated once.
/// </summary>
public sealed class ScenarioTests(ITestOutputHelper output)
{
    /// <summary>
    /// The tuning part's pass rate, rounded down: a ratchet. Whoever makes more scenarios pass raises it to the new figure,
    /// so a change that breaks a passing conversation fails the suite. Measured before any fix: 133 of 267 (49.8%); after the conversation work: 223 of 267 (83.5%); with the permission model merged in: 235 of 267 (88.0%); after hand-off metrics, dates, requests, questions and numbers fixes: 254 of 267 (95.1%); with one source of numbers, settings and the goal lifecycle merged in: 267 of 272 (98.2%); after the budget check asks for total revenue and uses it, newcomers may draft goals, the goal form goes through the confirm card, ceilings to keep and the owner asked, with four side-trip scenarios added: 276 of 276 (100%); with the spent sealed set (66) appended to the tuning part: 340 of 352 (96.6%); after fixing its twelve kinds, with 44 new scenarios of other phrasings: 396 of 396 (100%); with conv5 merged: 412 of 412; with the spent second sealed set (89) appended as -uNN (conv6): 495 of 501 (98.8%); after fixing its six kinds with 56 new scenarios (conv6): 557 of 557 (100%); with the spent third sealed set (111) appended as -vNN (conv7): 636 of 668 (95.2%); after fixing five of its kinds, two scenario corrections and 12 new scenarios (conv7): 658 of 678 (97.1%); with 53
    /// new scenarios and dialog-level understanding (every open question reads what opening sentences read) (conv8): 724 of 731 (99.0%); with conv9 merged (40 scenarios: undo of every record, leads by a company word, out of office, "can u log this") and three first-contact scenarios of a role said with a verb ("I lead sales"): 774 of 774 (100%); with the spent fourth sealed set (118) appended as -wNN (conv10): 872 of 892 (97.8%); after fixing nine of its kinds with 23 new scenarios (conv10): 903 of 915 (98.7%); with the spent fifth sealed set (130) appended as -xNN: 1012 of 1045 (96.8%); with side trips decided once in the dialog core (conv11, 28 new scenarios), set 5's reader kinds (conv12, 6 new conversations) and two SLA-undo scenarios: 1077 of 1081 (99.6%); with the spent sixth sealed set (146) appended as -zNN: 1197 of 1227 (97.6%); after fixing its reader kinds (conv13) and its lead, question, permission and goal kinds (conv14), with 12 new scenarios: 1235 of 1239 (99.7%); with the spent seventh sealed set (146) appended as -aNN: 1334 of 1385 (96.3%); after fixing its number, money, date, reminder, settings, budget, digest and request kinds with 12 new scenarios (conv17): 1364 of 1397 (97.6%); with its lead, agreement, refusal and role kinds (conv15, 10 new scenarios), its side-trip, resume, undo and question kinds (conv16, 11) and the revenue card's company-goal-only choice (2) merged too: 1414 of 1420 (99.6%); with the spent eighth sealed set (164) appended as -cNN: 1539 of 1584 (97.2%); after a first pass at its kinds (conv18: numbers in words after "at", owners named with a verb; conv19: who asked in any clause, counter-proposals without a proposal word; 8 new scenarios): 1552 of 1592 (97.5%); after its goal-opening, side-trip, remind-me and signing kinds (conv20, 8 new scenarios): 1573 of 1600 (98.3%); with conv21 (check-ins over two periods, undo in own words, signing in other words), the shared-rate check-in rule, conv22 (requests and settings) and conv23 (lead questions, the funnel's dry spell, admin on day one): 1617 of 1620 (99.8%); with the spent ninth sealed set (184) appended as -fNN: 1767 of 1804 (97.9%); with two weeks' numbers split at a slash again: 1768 of 1804 (98.0%). The rounds since are in docs/scenarios.md ("Measured");
    /// the last: round 25's merge 7561 of 7992 (94.6%), then the spent set 23 appended (786 of its 900 pass): 8347 of 8892 (93.9%),
    /// so the floor is 93 again, with no scenario that passed before the append failing after it; round 26's merge 8386 of 8910 (94.1%),
    /// then the spent set 24 appended (863 of its 1005 pass): 9249 of 9915 (93.3%), the floor staying 93; round 27's merge 9325 of
    /// 9947 (93.7%), then the spent set 25 appended (1012 of its 1107 pass): 10340 of 11056 (93.5%), the floor staying 93; round
    /// 28's merge 10385 of 11090 (93.6%), then the spent set 26 appended (1025 of its 1247 pass as tuning): 11410 of 12337 (92.5%),
    /// so the floor is 92, with no scenario that passed before the append failing after it; round 29's merge 11547 of 12372 (93.3%),
    /// then the spent set 27 appended (1221 of its 1370 pass): 12768 of 13742 (92.9%), the floor staying 92; round 30's merge
    /// 12893 of 13767 (93.7%), then the spent set 28 appended (1341 of its 1551 pass): 14234 of 15318 (92.9%), the floor staying 92; round 31's merge
    /// 14403 of 15353 (93.8%), then the spent set 29 appended (1518 of its 1704 passed when evaluated sealed): 15922 of 17058 (93.3%)
    /// in the fresh-clone CI; round 32's merge 16043 of 17090 (93.9%), then the spent set 30 appended (1684 of its 1917 passed when
    /// evaluated sealed), 17741 of 19007 (93.3%) in the fresh-clone CI; round 33's merge 17873 of 19023 (94.0%), then the spent
    /// set 31 appended (1844 of its 2120 passed when evaluated sealed), 19717 of 21143 (93.3%) in the fresh-clone CI; round 34's
    /// merge 19795 of 21166 (93.5%), then the spent set 32 appended (2087 of its 2375 passed when evaluated sealed), the floor
    /// staying 92 until that whole is measured (docs/scenarios.md, round 34).
    /// </summary>
    public const double TuningFloorPercent = 92;

    /// <summary>What the sealed part must reach.</summary>
    public const double SealedTargetPercent = 97;

    [Fact]
    public async Task Tuning_EveryScenario_PassRateAtLeastTheFloor()
    {
        var suite = ScenarioSuite.Load("tuning");
        Assert.True(suite.Errors.Count == 0, string.Join("\n", suite.Errors));
        Assert.True(suite.Scenarios.Count >= 200, $"the tuning part has {suite.Scenarios.Count} scenarios; it should have at least 200");

        var filter = ScenarioSuite.Filter;
        var selected = suite.Selected(filter);
        Assert.True(selected.Count > 0, $"{ScenarioSuite.FilterVariable}={filter} selects no scenario");
        var results = await ScenarioSuite.RunAsync(selected, CancellationToken.None);
        var report = Report("tuning", results, filter);

        if (filter is not null)
        {
            // Debugging a few scenarios: fail on any failure so the transcript shows.
            Assert.True(results.All(r => r.Passed), report);
            return;
        }

        var rate = ScenarioReport.PassRate(results);
        Assert.True(rate >= TuningFloorPercent, $"The tuning scenarios pass {rate:0.0}%, below the floor of {TuningFloorPercent}%: a conversation that used to work broke.\n\n{report}");
    }

    [SealedScenariosFact]
    public async Task Sealed_EveryScenario_MeetsTheTarget()
    {
        var suite = ScenarioSuite.Load("sealed");
        Assert.True(suite.Errors.Count == 0, string.Join("\n", suite.Errors));
        var results = await ScenarioSuite.RunAsync(suite.Scenarios, CancellationToken.None);
        var report = Report("sealed", results, null);
        var rate = ScenarioReport.PassRate(results);
        Assert.True(rate >= SealedTargetPercent, $"The sealed scenarios pass {rate:0.0}%; the target is {SealedTargetPercent}%.\n\n{report}");
    }

    private string Report(string part, IReadOnlyList<ScenarioResult> results, string? filter)
    {
        var report = ScenarioReport.Write(part, results, transcriptsOfPasses: filter is not null);
        var path = Path.Combine(AppContext.BaseDirectory, $"scenario-report-{part}.txt");
        File.WriteAllText(path, report);
        output.WriteLine($"Report written to {path}");
        output.WriteLine(report);
        return report;
    }
}
