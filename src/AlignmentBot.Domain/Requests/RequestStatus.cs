namespace AlignmentBot.Domain.Requests;

public enum RequestStatus
{
    Open,
    InProgress,
    Done,
    Declined,
}
