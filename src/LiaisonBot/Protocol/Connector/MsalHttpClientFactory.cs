using Microsoft.Identity.Client;

namespace LiaisonBot.Protocol.Connector;

/// <summary>
/// Gives MSAL the named client <see cref="BotTokenProvider.HttpClientName"/>, so the host controls its handler
/// (proxies; in tests, trusting the fake token endpoint's certificate).
/// </summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => factory.CreateClient(BotTokenProvider.HttpClientName);
}
