namespace AlignmentBot.Integrations.Crm.StandIns;

/// <summary>A HubSpot deal, and the same deal as a Salesforce opportunity.</summary>
public sealed class FixtureDeal
{
    public required long Id { get; init; }

    public required DateTimeOffset CreatedAt { get; set; }

    public required DateTimeOffset ModifiedAt { get; set; }

    /// <summary>HubSpot dealstage: appointmentscheduled, qualifiedtobuy, ..., closedwon, closedlost.</summary>
    public string? Stage { get; set; }

    /// <summary>Salesforce StageName: Prospecting, Qualification, ..., Closed Won, Closed Lost.</summary>
    public string? SalesforceStage { get; set; }

    public List<(string Value, DateTimeOffset At)> StageHistory { get; } = [];

    public decimal? Amount { get; set; }

    public DateOnly? CloseDate { get; set; }

    public bool IsWon { get; set; }

    public bool IsClosed { get; set; }

    public string? Source { get; set; }

    public string? Campaign { get; set; }

    public string SalesforceId => "0065g00000" + Id.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
}
