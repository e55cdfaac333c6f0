using BenchmarkDotNet.Running;

// Scripted runs:  dotnet run -c Release --project bench/AlignmentBot.Benchmarks -- turns [conversations]
//                 dotnet run -c Release --project bench/AlignmentBot.Benchmarks -- reminders [goals]
// BenchmarkDotNet: dotnet run -c Release --project bench/AlignmentBot.Benchmarks -- --filter '*'
if (args.Length > 0 && args[0] == "turns")
{
    return await TurnLatencyRun.RunAsync(args);
}

if (args.Length > 0 && args[0] == "reminders")
{
    return ReminderPlanRun.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

/// <summary>Entry point for BenchmarkSwitcher.</summary>
public partial class Program;
