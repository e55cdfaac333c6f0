namespace AlignmentBot.Conversations.Turns;

/// <summary>Where channels report that the app was uninstalled or installed again; the application decides what happens to the data.</summary>
public interface IInstallationEvents
{
    Task UninstalledAsync(InstallationChange change, CancellationToken cancellationToken);

    Task InstalledAsync(InstallationChange change, CancellationToken cancellationToken);
}
