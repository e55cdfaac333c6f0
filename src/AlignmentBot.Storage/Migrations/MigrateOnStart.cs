using Microsoft.Extensions.Hosting;

namespace AlignmentBot.Storage.Migrations;

/// <summary>
/// Migrates in the "starting" phase, before any other hosted service or the web server starts, so no
/// request or scheduled job ever sees an old schema. No manual step on upgrade.
/// </summary>
internal sealed class MigrateOnStart(DatabaseMigrator migrator) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken: cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
