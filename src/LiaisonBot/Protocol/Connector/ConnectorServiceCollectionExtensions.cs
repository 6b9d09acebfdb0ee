using LiaisonBot.Hosting;
using LiaisonBot.Protocol.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Protocol.Connector;

public static class ConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Registers the typed HTTP client <see cref="ConnectorClient"/> with its retry and bearer-token handlers,
    /// <see cref="BotTokenProvider"/> and its MSAL HTTP client
    /// <see cref="BotTokenProvider.HttpClientName"/>. Expects <c>services.Configure&lt;BotOptions&gt;(…)</c> from the host;
    /// <see cref="ConnectorOptions"/> keep their defaults unless the host configures them, and are checked at start.
    /// </summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddBotOptionsValidation();
        services.AddCheckedOptions<ConnectorOptions>();
        services.AddHttpClient(BotTokenProvider.HttpClientName);
        services.TryAddSingleton<BotTokenProvider>();
        services.TryAddTransient<BotAuthorizationHandler>();
        services.TryAddSingleton<ConversationLimits>();
        services.TryAddTransient<ConversationLimitHandler>();

        // Handlers run in the order added: the retry loop first, then the conversation's permit, then the token, so every
        // attempt counts against the Teams limits and is sent with a current token.
        var connector = services.AddHttpClient<ConnectorClient>();
        connector.AddResilienceHandler(ConnectorResilience.PipelineName, (pipeline, context) => ConnectorResilience.Configure(
            pipeline,
            context.ServiceProvider.GetRequiredService<IOptions<ConnectorOptions>>().Value,
            context.ServiceProvider.GetRequiredService<TimeProvider>()));
        connector.AddHttpMessageHandler<ConversationLimitHandler>();
        connector.AddHttpMessageHandler<BotAuthorizationHandler>();
        return services;
    }
}
