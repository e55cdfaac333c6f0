using BenchmarkDotNet.Running;

// Scripted runs:  dotnet run -c Release --project bench/AlignmentBot.Benchmarks -- turns [conversations]
//                 bench/crm-sync.sh (uses crm-standin and crm-scorecard)
//                 dotnet run -c Release --project bench/AlignmentBot.Benchmarks -- reminders [goals]
// BenchmarkDotNet: dotnet run -c Release --project bench/AlignmentBot.Benchmarks -- --filter '*'
if (args.Length > 0 && args[0] == "turns")
{
    return await TurnLatencyRun.RunAsync(args);
}

// CRM sync (bench/crm-sync.sh): the HubSpot stand-in in its own process, and the scorecard timed over the synced data.
if (args.Length > 0 && args[0] == "crm-standin")
{
    return await CrmSyncRun.StandInAsync(args);
}

if (args.Length > 0 && args[0] == "crm-scorecard")
{
    return await CrmSyncRun.ScorecardAsync(args);
}

if (args.Length > 0 && args[0] == "reminders")
{
    return ReminderPlanRun.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

/// <summary>Entry point for BenchmarkSwitcher.</summary>
public partial class Program;
