using AlignmentBot.Host.Cli;

return await AlignmentCli.InvokeAsync(args, CliContext.Console);

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
