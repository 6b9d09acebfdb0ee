using LiaisonBot.Hosting;
using LiaisonBot.Protocol.Auth;
using LiaisonBot.Protocol.Connector;
using LiaisonBot.Storage;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Protocol;

public static class ProtocolRegistration
{
    /// <summary>
    /// Registers the Bot Framework protocol: options from the configuration root (Bot Builder's key names),
    /// inbound authentication, the tenants served, the connector client, the router. Without an app id the options refuse
    /// to validate outside Development.
    /// </summary>
    public static WebApplicationBuilder AddProtocol(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<BotOptions>(builder.Configuration);
        builder.Services.AddBotAuthentication();
        builder.Services.AddBotConnector();
        builder.Services.AddOptions<ConnectorOptions>().Bind(builder.Configuration.GetSection(ConnectorOptions.Section));
        builder.Services.AddOptions<TenantOptions>().Bind(builder.Configuration.GetSection(TenantOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TenantOptions>, TenantOptionsValidator>();
        builder.Services.AddSingleton<TenantGate>();
        builder.Services.AddSingleton<Router>();
        builder.Services.AddSingleton<TurnMetrics>();
        builder.Services.AddSingleton<InboxDeduplicator>();
        builder.Services.AddTable(InboxDeduplicator.Table);
        builder.Services.AddCheckedOptions<InboxOptions>().Bind(builder.Configuration.GetSection(InboxOptions.Section));
        builder.Services.AddSingleton<InboxPruner>();
        builder.Services.AddHostedService(s => s.GetRequiredService<InboxPruner>());
        return builder;
    }

    public static WebApplication WarnIfAnonymous(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<BotOptions>>().Value.IsAnonymous)
        {
            app.Logger.LogWarning("ANONYMOUS MODE: MicrosoftAppId is empty, so requests are not authenticated and replies carry " +
                "no token. This is for local runs with the Agents Playground only.");
        }

        return app;
    }
}
