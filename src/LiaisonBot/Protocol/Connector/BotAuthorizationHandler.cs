using System.Net.Http.Headers;

namespace LiaisonBot.Protocol.Connector;

/// <summary>
/// Puts the bot's bearer token on every connector request (each retry included, so a renewed token is picked up).
/// Anonymous mode sends none.
/// </summary>
internal sealed class BotAuthorizationHandler(BotTokenProvider tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (await tokens.GetTokenAsync(cancellationToken) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
