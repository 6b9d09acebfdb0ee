namespace LiaisonBot.Storage;

/// <summary>Creates the declared tables before the bot takes its first request.</summary>
internal sealed class TableCreator(Tables tables) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => tables.CreateAllAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
