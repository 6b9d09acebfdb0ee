using System.Net;
using LiaisonBot.Hosting;
using LiaisonBot.Protocol;
using LiaisonBot.Protocol.Connector;
using LiaisonBot.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Tests.Protocol.Connector;

public sealed class BotTokenTests : ConnectorTestHost
{
    [Fact]
    public async Task Send_CarriesABearerTokenFromTheTokenEndpoint()
    {
        await Client().SendAsync(Fake.ServiceUrl, "a:1", Message("hi"));

        var token = Assert.Single(Fake.TokenRequests);
        Assert.Equal(("botframework.com", Fake.AppId, Fake.Scope, "client_credentials"), (token.Tenant, token.ClientId, token.Scope, token.GrantType));
        Assert.Equal("Bearer " + Assert.Single(Fake.IssuedTokens), Assert.Single(Fake.Requests).Authorization);
    }

    [Fact]
    public async Task TwoSends_FetchOneToken()
    {
        var services = Services();

        await services.GetRequiredService<ConnectorClient>().SendAsync(Fake.ServiceUrl, "a:1", Message("one"));
        await services.GetRequiredService<ConnectorClient>().SendAsync(Fake.ServiceUrl, "a:2", Message("two"));

        Assert.Single(Fake.TokenRequests);
        Assert.All(Fake.Requests, r => Assert.Equal("Bearer " + Fake.IssuedTokens[0], r.Authorization));
    }

    [Fact]
    public async Task Retries_CarryTheToken()
    {
        Fake.FailNext(1, ConnectorFault.Unavailable);

        await Client().SendAsync(Fake.ServiceUrl, "a:1", Message("hi"));

        Assert.Equal(2, Fake.Requests.Count);
        Assert.All(Fake.Requests, r => Assert.StartsWith("Bearer fake-bot-token-", r.Authorization));
    }

    [Fact]
    public async Task SingleTenantBot_GetsItsTokenFromItsOwnTenant()
    {
        await Client(o =>
        {
            o.MicrosoftAppType = BotAppType.SingleTenant;
            o.MicrosoftAppTenantId = "8c6a4e2f-1111-4222-8333-944455556666";
        }).SendAsync(Fake.ServiceUrl, "a:1", Message("hi"));

        Assert.Equal("8c6a4e2f-1111-4222-8333-944455556666", Assert.Single(Fake.TokenRequests).Tenant);
    }

    [Fact]
    public async Task AnonymousMode_SendsNoAuthorizationHeader()
    {
        await Client(o => o.MicrosoftAppId = null).SendAsync(Fake.ServiceUrl, "a:1", Message("hi"));

        Assert.Null(Assert.Single(Fake.Requests).Authorization);
        Assert.Empty(Fake.TokenRequests);
    }

    [Fact]
    public async Task RefusedCredentials_FailAsConnectorExceptionWithoutCallingTheConnector()
    {
        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client(o => o.MicrosoftAppPassword = "wrong").SendAsync(Fake.ServiceUrl, "a:1", Message("hi")));

        Assert.Equal((HttpStatusCode.Unauthorized, "BotTokenUnavailable"), (error.StatusCode, error.ErrorCode));
        Assert.DoesNotContain("wrong", error.ToString());
        Assert.Empty(Fake.Requests);
    }

    [Theory]
    [InlineData("https://login.microsoftonline.com/botframework.com", BotAppType.MultiTenant, "https://login.microsoftonline.com/botframework.com")]
    [InlineData("https://login.microsoftonline.com/botframework.com", BotAppType.SingleTenant, "https://login.microsoftonline.com/my-tenant")]
    [InlineData("https://login.microsoftonline.us/MicrosoftServices.onmicrosoft.us", BotAppType.SingleTenant, "https://login.microsoftonline.us/my-tenant")]
    [InlineData("https://127.0.0.1:5001/botframework.com", BotAppType.SingleTenant, "https://127.0.0.1:5001/my-tenant")]
    public void Authority_KeepsTheLoginHostAndPicksTheTenant(string loginUrl, BotAppType type, string expected)
    {
        var bot = new BotOptions { ToChannelFromBotLoginUrl = loginUrl, MicrosoftAppType = type, MicrosoftAppTenantId = "my-tenant" };

        Assert.Equal(expected, BotTokenProvider.Authority(bot).AbsoluteUri.TrimEnd('/'));
    }

    [Theory]
    [InlineData(CloudName.China, BotAppType.SingleTenant, "https://login.partner.microsoftonline.cn/my-tenant")]
    [InlineData(CloudName.China, BotAppType.MultiTenant, "https://login.partner.microsoftonline.cn/microsoftservices.partner.onmschina.cn")]
    [InlineData(CloudName.USGov, BotAppType.SingleTenant, "https://login.microsoftonline.us/my-tenant")]
    public void Authority_ComesFromTheCloud(CloudName cloud, BotAppType type, string expected)
    {
        var bot = new BotOptions { Cloud = cloud, MicrosoftAppType = type, MicrosoftAppTenantId = "my-tenant" };

        Assert.Equal(expected, BotTokenProvider.Authority(bot).AbsoluteUri.TrimEnd('/'));
    }

    [Theory]
    [InlineData("https://api.botframework.azure.cn", "https://api.botframework.azure.cn/.default")]
    [InlineData("https://api.botframework.azure.cn/", "https://api.botframework.azure.cn/.default")]
    [InlineData("https://api.botframework.com/.default", "https://api.botframework.com/.default")]
    public void AScopeWrittenAsTheBareResource_AsksForItsDefaultScope(string configured, string asked) =>
        Assert.Equal(asked, BotTokenProvider.ClientCredentialsScope(configured));

    [Fact]
    public async Task TheScopeAsMicrosoftsChinaGuideWritesIt_GetsAToken()
    {
        await Client(o => o.ToChannelFromBotOAuthScope = "https://api.botframework.com").SendAsync(Fake.ServiceUrl, "a:1", Message("hi"));

        Assert.Equal(Fake.Scope, Assert.Single(Fake.TokenRequests).Scope);
    }

    [Theory]
    [InlineData(BotAppType.MultiTenant, "secret", null)]
    [InlineData(BotAppType.SingleTenant, "secret", "my-tenant")]
    [InlineData(BotAppType.UserAssignedMSI, null, "my-tenant")]
    public void PublicCloudRegistration_Builds(BotAppType type, string? password, string? tenant)
    {
        var provider = Services(o =>
        {
            o.MicrosoftAppType = type;
            o.MicrosoftAppPassword = password;
            o.MicrosoftAppTenantId = tenant;
            o.ToChannelFromBotLoginUrl = new BotOptions().ToChannelFromBotLoginUrl;
            o.ToBotFromChannelOpenIdMetadataUrl = new BotOptions().ToBotFromChannelOpenIdMetadataUrl;
        });

        Assert.NotNull(provider.GetRequiredService<BotTokenProvider>());
    }

    [Theory]
    [InlineData(BotAppType.MultiTenant, null, null, "MultiTenant needs MicrosoftAppPassword")]
    [InlineData(BotAppType.SingleTenant, "secret", null, "SingleTenant needs MicrosoftAppPassword and MicrosoftAppTenantId")]
    [InlineData(BotAppType.UserAssignedMSI, "secret", "my-tenant", "UserAssignedMSI takes no MicrosoftAppPassword")]
    public void InvalidRegistration_IsAConfigurationError(BotAppType type, string? password, string? tenant, string message)
    {
        var provider = Services(o => (o.MicrosoftAppType, o.MicrosoftAppPassword, o.MicrosoftAppTenantId) = (type, password, tenant));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<BotOptions>>().Value);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void HttpLoginUrl_IsAConfigurationError()
    {
        var provider = Services(o => o.ToChannelFromBotLoginUrl = "http://login.example.com/botframework.com");

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<BotTokenProvider>());
    }
}
