using LiaisonBot.Protocol.Auth;
using LiaisonBot.Protocol.Connector;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Protocol;

/// <summary>What a turn needs from the container, resolved per request by the endpoint.</summary>
internal sealed record TurnServices(
    BotAuthenticator Authenticator,
    Router Router,
    ConnectorClient Connector,
    InboxDeduplicator Inbox,
    TenantGate Tenants,
    IOptions<BotOptions> Options,
    ILoggerFactory Loggers,
    TurnMetrics Metrics);
