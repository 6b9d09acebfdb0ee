namespace LiaisonBot.Storage;

/// <summary>
/// Creates the declared tables before the bot takes its first request. No heartbeat: the server listens only once this
/// is done, so a start stuck here leaves the probes unanswered, which the platform treats as a failed start.
/// </summary>
internal sealed class TableCreator(Tables tables) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => tables.CreateAllAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
