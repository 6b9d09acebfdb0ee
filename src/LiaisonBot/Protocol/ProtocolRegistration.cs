using LiaisonBot.Protocol.Auth;
using LiaisonBot.Protocol.Connector;
using LiaisonBot.Storage;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Protocol;

public static class ProtocolRegistration
{
    /// <summary>
    /// Registers the Bot Framework protocol: options from the configuration root (Bot Builder's key names),
    /// inbound authentication, the tenants served, the connector client, the router. Refuses to start without an app id outside Development.
    /// </summary>
    public static WebApplicationBuilder AddProtocol(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.Get<BotOptions>() ?? new BotOptions();
        if (options.IsAnonymous && !builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "MicrosoftAppId is not set. Without it the bot would accept unauthenticated requests, which is allowed only " +
                "when ASPNETCORE_ENVIRONMENT=Development (local runs with the Agents Playground). Set MicrosoftAppId, " +
                "MicrosoftAppPassword and MicrosoftAppTenantId, or run in Development.");
        }

        builder.Services.Configure<BotOptions>(builder.Configuration);
        builder.Services.AddBotAuthentication();
        builder.Services.AddBotConnector();
        builder.Services.AddOptions<TenantOptions>().Bind(builder.Configuration.GetSection(TenantOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TenantOptions>, TenantOptionsValidator>();
        builder.Services.AddSingleton<TenantGate>();
        builder.Services.AddSingleton<Router>();
        builder.Services.AddSingleton<TurnMetrics>();
        builder.Services.AddSingleton<InboxDeduplicator>();
        builder.Services.AddTable(InboxDeduplicator.Table);
        builder.Services.Configure<InboxOptions>(builder.Configuration.GetSection(InboxOptions.Section));
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
