namespace AlignmentBot.Application.Tests.Scenarios.Runner;

/// <summary>A field that names a person (owner, requester, decider, signatory): an id when the product resolved one, and a name.</summary>
public sealed record PersonValue(string? UserId, string? Name)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(UserId) && string.IsNullOrWhiteSpace(Name);

    /// <summary>
    /// The field names this persona: by id when there is one, else by name ("Priya", "Priya Natarajan (Marketing)").
    /// A field stored as free text matches on the first name, which is all "Priya owns it" says.
    /// </summary>
    public bool Is(Persona persona)
    {
        if (!string.IsNullOrWhiteSpace(UserId))
        {
            if (UserId == persona.UserId)
            {
                return true;
            }

            if (Personas.Cast.Any(p => p.UserId == UserId))
            {
                return false;
            }
        }

        // Not resolved to a known id (or the id field holds a name, as a lead's decider does): compare names.
        var name = (Name ?? UserId ?? string.Empty).Trim();
        if (name.Contains(persona.Name, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (Personas.Cast.Any(p => p != persona && name.Contains(p.Name, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var first = name.Split(' ', 2)[0];
        return first.Equals(persona.FirstName, StringComparison.OrdinalIgnoreCase);
    }

    public override string ToString() => IsEmpty ? "none" : UserId is null || UserId == Name ? $"{Name}" : $"{Name} ({UserId})";
}
