namespace AlignmentBot.Integrations.Crm.StandIns;

/// <summary>The records both stand-ins serve. Change records through <see cref="Touch"/> (or call it after changing them) so the stand-ins' indexes see it.</summary>
public sealed class CrmFixture
{
    private readonly object _gate = new();
    private FixtureContact[]? _contactsByModified;
    private FixtureDeal[]? _dealsByModified;
    private FixtureContact[]? _leadsBySystemModstamp;
    private FixtureDeal[]? _opportunitiesBySystemModstamp;

    public CrmFixture(IEnumerable<FixtureContact> contacts, IEnumerable<FixtureDeal> deals)
    {
        Contacts = [.. contacts];
        Deals = [.. deals];
    }

    public List<FixtureContact> Contacts { get; }

    public List<FixtureDeal> Deals { get; }

    /// <summary>Applies a change to a contact (and moves its last-modified time to <paramref name="at"/>), as an edit in the CRM would.</summary>
    public void Touch(FixtureContact contact, DateTimeOffset at, Action<FixtureContact>? change = null)
    {
        lock (_gate)
        {
            change?.Invoke(contact);
            contact.ModifiedAt = at;
            _contactsByModified = null;
            _leadsBySystemModstamp = null;
        }
    }

    public void Touch(FixtureDeal deal, DateTimeOffset at, Action<FixtureDeal>? change = null)
    {
        lock (_gate)
        {
            change?.Invoke(deal);
            deal.ModifiedAt = at;
            _dealsByModified = null;
            _opportunitiesBySystemModstamp = null;
        }
    }

    /// <summary>Forget the indexes after records were added or changed directly.</summary>
    public void Changed()
    {
        lock (_gate)
        {
            _contactsByModified = null;
            _dealsByModified = null;
            _leadsBySystemModstamp = null;
            _opportunitiesBySystemModstamp = null;
        }
    }

    /// <summary>Contacts ordered by last-modified time, then id: what both APIs sort by.</summary>
    internal FixtureContact[] ContactsByModified()
    {
        lock (_gate)
        {
            return _contactsByModified ??= [.. Contacts.OrderBy(c => c.ModifiedAt).ThenBy(c => c.Id)];
        }
    }

    internal FixtureDeal[] DealsByModified()
    {
        lock (_gate)
        {
            return _dealsByModified ??= [.. Deals.OrderBy(d => d.ModifiedAt).ThenBy(d => d.Id)];
        }
    }

    /// <summary>Leads as Salesforce orders them: SystemModstamp (whole seconds), then Id.</summary>
    internal FixtureContact[] LeadsBySystemModstamp()
    {
        lock (_gate)
        {
            return _leadsBySystemModstamp ??= [.. Contacts.OrderBy(c => Seconds(c.ModifiedAt)).ThenBy(c => c.SalesforceId, StringComparer.Ordinal)];
        }
    }

    internal FixtureDeal[] OpportunitiesBySystemModstamp()
    {
        lock (_gate)
        {
            return _opportunitiesBySystemModstamp ??= [.. Deals.OrderBy(d => Seconds(d.ModifiedAt)).ThenBy(d => d.SalesforceId, StringComparer.Ordinal)];
        }
    }

    /// <summary>Salesforce keeps datetimes to the second.</summary>
    public static DateTimeOffset Seconds(DateTimeOffset at) => new(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
}
