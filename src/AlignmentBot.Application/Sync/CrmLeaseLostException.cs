namespace AlignmentBot.Application.Sync;

/// <summary>
/// The run no longer holds its workspace's lease (it expired and another run took it over): the page it was about to
/// store is dropped, so two runs never write one workspace's records at once.
/// </summary>
public sealed class CrmLeaseLostException(string message) : Exception(message);
