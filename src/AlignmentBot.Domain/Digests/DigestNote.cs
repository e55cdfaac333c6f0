namespace AlignmentBot.Domain.Digests;

/// <summary>An earlier digest that did not arrive, mentioned at the top of the next one.</summary>
/// <param name="Date">The day it was due (in the subscription's time zone).</param>
/// <param name="Detail">The holiday's name or the posting error, safe to show.</param>
public sealed record DigestNote(DigestNoteKind Kind, DateOnly Date, string? Detail = null);
