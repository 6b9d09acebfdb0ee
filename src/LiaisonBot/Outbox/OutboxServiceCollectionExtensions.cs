using LiaisonBot.Hosting;
using LiaisonBot.Protocol.Connector;
using LiaisonBot.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Outbox;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="Outbox"/>, its worker (a hosted service that creates the queue at start-up and sends unless
    /// <c>Outbox:WorkerEnabled</c> is false), <see cref="OutboxOptions"/> from section <c>Outbox</c>, the tables OutboxJobs and
    /// OutboxDeliveries and <see cref="OutboxMetrics"/>. Needs AddStorage and the protocol's connector services (AddProtocol).
    /// </summary>
    /// <remarks>
    /// The outbox calls the connector through its own HTTP client: bearer token, but not the retry handler of
    /// <see cref="ConnectorClient"/>'s typed client. That handler waits out a 429 for one request while the other calls carry
    /// on, and hides attempts from the delivery rows; the outbox pauses everything on a 429 instead, paces each retry like
    /// any call, and records each one. Both draw on the same per-conversation windows (<see cref="ConversationLimits"/>).
    /// </remarks>
    public static IServiceCollection AddOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCheckedOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<Heartbeats>();
        services.AddMetrics();
        services.AddTable(OutboxStore.JobsTable);
        services.AddTable(OutboxStore.DeliveriesTable);

        services.TryAddTransient<BotAuthorizationHandler>();
        services.AddHttpClient(OutboxSender.HttpClientName, (provider, http) =>
                http.Timeout = provider.GetRequiredService<IOptions<OutboxOptions>>().Value.SendTimeout)
            .AddHttpMessageHandler<BotAuthorizationHandler>();

        services.AddSingleton<OutboxMetrics>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<OutboxQueue>();
        services.AddSingleton<OutboxJobs>();
        services.AddSingleton<PauseGate>();
        services.AddSingleton<OutboxLimits>();
        services.AddSingleton<OutboxSender>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<OutboxHooks>();
        services.AddSingleton(provider => new Outbox(
            provider.GetRequiredService<OutboxStore>(),
            provider.GetRequiredService<OutboxQueue>(),
            provider.GetRequiredService<OutboxHooks>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IOptions<OutboxOptions>>(),
            provider.GetRequiredService<ILogger<Outbox>>()));
        services.AddHostedService<OutboxWorker>();
        services.AddHealthChecks().AddCheck<OutboxQueueHealthCheck>("outbox queue", tags: [HealthProbes.Ready], timeout: StorageProbe.Timeout);
        return services;
    }

    /// <summary>
    /// Registers <typeparamref name="THook"/> (a singleton) as the hook of jobs whose <see cref="OutboxJob.Hook"/> is
    /// <paramref name="kind"/>: the outbox tells it when their recipients settle. One hook per kind.
    /// </summary>
    public static IServiceCollection AddOutboxHook<THook>(this IServiceCollection services, string kind)
        where THook : class, IOutboxHook
    {
        services.AddKeyedSingleton<IOutboxHook, THook>(kind);
        return services;
    }
}
