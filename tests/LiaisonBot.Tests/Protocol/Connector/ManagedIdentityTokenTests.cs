using LiaisonBot.Protocol;

namespace LiaisonBot.Tests.Protocol.Connector;

/// <summary>
/// UserAssignedMSI through MSAL's App Service source, which is found through process-wide environment variables: the
/// only test that sets them, in its own collection so nothing runs beside it.
/// </summary>
[Collection(nameof(ManagedIdentityTokenTests))]
[CollectionDefinition(nameof(ManagedIdentityTokenTests), DisableParallelization = true)]
public sealed class ManagedIdentityTokenTests : ConnectorTestHost
{
    [Fact]
    public async Task UserAssignedManagedIdentity_GetsTheTokenFromTheIdentityEndpoint()
    {
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", Fake.ManagedIdentityEndpoint);
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", Fake.ManagedIdentityHeader);
        try
        {
            await Client(o => (o.MicrosoftAppType, o.MicrosoftAppPassword) = (BotAppType.UserAssignedMSI, null))
                .SendAsync(Fake.ServiceUrl, "a:1", Message("hi"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", null);
            Environment.SetEnvironmentVariable("IDENTITY_HEADER", null);
        }

        var request = Assert.Single(Fake.TokenRequests);
        Assert.Equal(("managed-identity", Fake.AppId, "https://api.botframework.com"), (request.Tenant, request.ClientId, request.Scope));
        Assert.Equal("Bearer " + Fake.IssuedTokens.Single(), Assert.Single(Fake.Requests).Authorization);
    }
}
