namespace AlignmentBot.Application.Import;

public sealed record ImportError(int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"line {Line}: {Message}" : Message;
}
