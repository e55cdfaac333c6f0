namespace AlignmentBot.Domain.Leads;

/// <param name="ConversionPercent">Won ÷ leads: lead-to-sale conversion.</param>
public sealed record ConversionRow(string Key, int Leads, int Accepted, int Rejected, int Won, decimal ConversionPercent, decimal? AcceptancePercent);
