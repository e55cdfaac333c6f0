namespace AlignmentBot.Application.Ports;

/// <param name="Detail">Safe to show on /healthz: never a connection string.</param>
public sealed record StorageStatus(bool Ready, string Provider, int SchemaVersion, string? Detail = null);
