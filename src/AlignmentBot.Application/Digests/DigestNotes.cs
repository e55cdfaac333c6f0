using AlignmentBot.Domain.Digests;

namespace AlignmentBot.Application.Digests;

/// <summary>What the next digest says about the ones that did not arrive since the last one that did.</summary>
public static class DigestNotes
{
    public const int MaxNotes = 5;

    /// <param name="history">The subscription's delivery records, any order.</param>
    /// <param name="before">Only records due before this instant (the digest being built is not its own note).</param>
    public static IReadOnlyList<DigestNote> Since(IEnumerable<DigestDelivery> history, DateTimeOffset before)
    {
        var earlier = history.Where(d => d.DueAt < before).OrderByDescending(d => d.DueAt).ToArray();
        var notes = new List<DigestNote>();
        foreach (var delivery in earlier)
        {
            if (delivery.State == DeliveryState.Sent)
            {
                break;
            }

            // An uncertain post may well have arrived: it is for digest list and a person to check, not for the readers.
            DigestNote? note = delivery.State switch
            {
                DeliveryState.Skipped => new DigestNote(DigestNoteKind.Holiday, delivery.DueDate, delivery.Detail),
                DeliveryState.Missed => new DigestNote(DigestNoteKind.Missed, delivery.DueDate),
                DeliveryState.Failed => new DigestNote(DigestNoteKind.Failed, delivery.DueDate, delivery.Detail),
                _ => null,
            };
            if (note is not null)
            {
                notes.Add(note);
            }
        }

        return notes.Take(MaxNotes).OrderBy(n => n.Date).ToArray();
    }
}
