using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Import;

internal sealed record ImportContext(WorkspaceId WorkspaceId, string FileName, ImportOptions Options, DateTimeOffset Now, string Currency)
{
    public List<ImportError> Errors { get; } = [];

    public void Error(int line, string message) => Errors.Add(new ImportError(line, message));
}
