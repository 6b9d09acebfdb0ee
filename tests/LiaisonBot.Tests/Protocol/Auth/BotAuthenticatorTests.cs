using LiaisonBot.Protocol;
using LiaisonBot.Protocol.Auth;
using LiaisonBot.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LiaisonBot.Tests.Protocol.Auth;

public sealed class BotAuthenticatorTests : IAsyncLifetime
{
    private const string Teams = "msteams";
    private FakeBotFramework fake = null!;

    public async Task InitializeAsync() => fake = await FakeBotFramework.StartAsync();

    public async Task DisposeAsync() => await fake.DisposeAsync();

    private BotAuthenticator Authenticator(Action<BotOptions>? change = null, TimeProvider? clock = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(fake.Configuration).Build();
        var services = new ServiceCollection().AddLogging().Configure<BotOptions>(configuration);
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        if (change is not null)
        {
            services.PostConfigure(change);
        }

        return services.AddBotAuthentication().BuildServiceProvider().GetRequiredService<BotAuthenticator>();
    }

    private Task<AuthResult> Authenticate(string? header, string? channelId = Teams, string? serviceUrl = null) =>
        Authenticator().AuthenticateAsync(header, channelId, serviceUrl ?? fake.ServiceUrl, CancellationToken.None);

    private static void AssertFails(AuthResult result, string reason)
    {
        Assert.False(result.Succeeded);
        Assert.Equal(reason, result.Failure);
    }

    [Theory]
    [InlineData("RS256")]
    [InlineData("RS384")]
    [InlineData("RS512")]
    public async Task ValidToken_IsAccepted(string algorithm)
    {
        var result = await Authenticate(fake.Tokens.Header(t => t with { Algorithm = algorithm }));

        Assert.Equal(AuthResult.Success, result);
    }

    [Fact]
    public async Task AReusedToken_IsStillCheckedEveryTime_ForChannelServiceUrlAndLifetime()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var authenticator = Authenticator(clock: clock);
        var header = fake.Tokens.Header(t => t with { Expires = DateTimeOffset.UtcNow.AddMinutes(10) });
        Task<AuthResult> Check(string channel, string serviceUrl) => authenticator.AuthenticateAsync(header, channel, serviceUrl, CancellationToken.None);

        Assert.Equal(AuthResult.Success, await Check(Teams, fake.ServiceUrl));
        Assert.Equal(AuthResult.Success, await Check(Teams, fake.ServiceUrl));
        AssertFails(await Check(Teams, "https://smba.trafficmanager.net/emea/"), "serviceurl claim does not match the activity");
        AssertFails(await Check("slack", fake.ServiceUrl), "signing key not endorsed for the channel");
        clock.Advance(TimeSpan.FromMinutes(16));
        AssertFails(await Check(Teams, fake.ServiceUrl), "token expired");
    }

    [Fact]
    public async Task ExpiredToken_BeyondSkew_IsRejected() =>
        AssertFails(await Authenticate(fake.Tokens.Header(t => t with
        {
            NotBefore = DateTimeOffset.UtcNow.AddHours(-1),
            Expires = DateTimeOffset.UtcNow.AddMinutes(-6),
        })), "token expired");

    [Fact]
    public async Task NotYetValidToken_BeyondSkew_IsRejected() =>
        AssertFails(await Authenticate(fake.Tokens.Header(t => t with { NotBefore = DateTimeOffset.UtcNow.AddMinutes(6) })), "token not yet valid");

    [Fact]
    public async Task ExpiredToken_WithinSkew_IsAccepted() =>
        Assert.True((await Authenticate(fake.Tokens.Header(t => t with
        {
            NotBefore = DateTimeOffset.UtcNow.AddHours(-1),
            Expires = DateTimeOffset.UtcNow.AddMinutes(-4),
        }))).Succeeded);

    [Fact]
    public async Task NotYetValidToken_WithinSkew_IsAccepted() =>
        Assert.True((await Authenticate(fake.Tokens.Header(t => t with { NotBefore = DateTimeOffset.UtcNow.AddMinutes(4) }))).Succeeded);

    [Fact]
    public async Task TokenWithoutExpiry_IsRejected() =>
        AssertFails(await Authenticate(fake.Tokens.Header(t => t with { Expires = null })), "token has no expiry");

    [Fact]
    public async Task WrongAudience_IsRejected() =>
        AssertFails(await Authenticate(fake.Tokens.Header(t => t with { Audience = "another-bot" })), "audience is not this bot");

    [Fact]
    public async Task WrongIssuer_IsRejectedBeforeFetchingKeys()
    {
        var result = await Authenticate(fake.Tokens.Header(t => t with { Issuer = "https://sts.windows.net/some-tenant/" }));

        AssertFails(result, "issuer is not the Bot Framework");
        Assert.Equal(0, fake.MetadataRequests);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("HS256")]
    public async Task DisallowedAlgorithm_IsRejectedBeforeFetchingKeys(string algorithm)
    {
        var result = await Authenticate(fake.Tokens.Header(t => t with { Algorithm = algorithm }));

        AssertFails(result, "signature algorithm not allowed");
        Assert.Equal(0, fake.MetadataRequests);
    }

    [Fact]
    public async Task TokenWithoutKeyId_IsRejected() =>
        AssertFails(await Authenticate(fake.Tokens.Header(t => t with { OmitKeyId = true })), "token has no key id");

    [Fact]
    public async Task TamperedToken_IsRejected() =>
        AssertFails(await Authenticate(fake.Tokens.Header(t => t with { TamperSignature = true })), "signature invalid");

    [Fact]
    public async Task KeyNotPublished_IsRejectedAfterOneRefresh()
    {
        fake.AddSigningKey("forger", [Teams], publish: false);
        var authenticator = Authenticator();
        var header = fake.Tokens.Header(t => t with { KeyId = "forger" });

        var first = await authenticator.AuthenticateAsync(header, Teams, fake.ServiceUrl, CancellationToken.None);
        var second = await authenticator.AuthenticateAsync(header, Teams, fake.ServiceUrl, CancellationToken.None);

        AssertFails(first, "unknown signing key");
        AssertFails(second, "unknown signing key");
        Assert.Equal(2, fake.JwksRequests); // the first fetch and one forced refresh; the second token waits 5 minutes
    }

    [Fact]
    public async Task KeyIdTheFakeDoesNotKnow_IsRejected() =>
        AssertFails(await Authenticate(fake.Tokens.Header(t => t with { KeyId = "no-such-key" })), "unknown signing key");

    [Fact]
    public async Task KeyPublishedAfterFirstFetch_IsPickedUpByRefresh()
    {
        var authenticator = Authenticator();
        Assert.True((await authenticator.AuthenticateAsync(fake.Tokens.Header(), Teams, fake.ServiceUrl, CancellationToken.None)).Succeeded);
        fake.AddSigningKey("rolled-over", [Teams], publish: false);
        fake.PublishKey("rolled-over");

        var result = await authenticator.AuthenticateAsync(
            fake.Tokens.Header(t => t with { KeyId = "rolled-over" }), Teams, fake.ServiceUrl, CancellationToken.None);

        Assert.Equal(AuthResult.Success, result);
        Assert.Equal(2, fake.JwksRequests);
    }

    [Fact]
    public async Task KeyWithoutEndorsements_IsRejected() =>
        AssertFails(
            await Authenticate(fake.Tokens.Header(t => t with { KeyId = FakeBotFramework.UnendorsedKeyId })),
            "signing key not endorsed for the channel");

    [Fact]
    public async Task ChannelTheKeyIsNotEndorsedFor_IsRejected() =>
        AssertFails(await Authenticate(fake.Tokens.Header(), channelId: "slack"), "signing key not endorsed for the channel");

    [Fact]
    public async Task ActivityWithoutChannelId_IsRejected() =>
        AssertFails(await Authenticate(fake.Tokens.Header(), channelId: null), "activity has no channelId");

    [Fact]
    public async Task ServiceUrlClaimForAnotherService_IsRejected() =>
        AssertFails(
            await Authenticate(fake.Tokens.Header(t => t with { ServiceUrl = "https://smba.trafficmanager.net/emea/" })),
            "serviceurl claim does not match the activity");

    [Fact]
    public async Task MissingServiceUrlClaim_IsRejected() =>
        AssertFails(await Authenticate(fake.Tokens.Header(t => t with { ServiceUrl = null })), "token has no serviceurl claim");

    [Fact]
    public async Task ServiceUrl_IgnoresCase() =>
        Assert.True((await Authenticate(
            fake.Tokens.Header(t => t with { ServiceUrl = "https://smba.trafficmanager.net/amer/" }),
            serviceUrl: "https://SMBA.trafficmanager.net/amer/")).Succeeded);

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/amer")]
    [InlineData("https://smba.trafficmanager.net/amer", "https://smba.trafficmanager.net/amer/")]
    public async Task ServiceUrl_DifferingInATrailingSlash_IsRejected(string claim, string activity) =>
        AssertFails(
            await Authenticate(fake.Tokens.Header(t => t with { ServiceUrl = claim }), serviceUrl: activity),
            "serviceurl claim does not match the activity");

    [Fact]
    public async Task MissingHeader_IsRejected() =>
        AssertFails(await Authenticate(null), "missing Authorization header");

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("garbage")]
    [InlineData("")]
    public async Task MalformedHeader_IsRejected(string header) =>
        AssertFails(await Authenticate(header), "Authorization header is not 'Bearer <token>'");

    [Theory]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer a.b.c")]
    public async Task BearerThatIsNotAJwt_IsRejected(string header) =>
        AssertFails(await Authenticate(header), "token is not a JWT");

    [Fact]
    public async Task LowercaseBearerScheme_IsRejected() =>
        AssertFails(await Authenticate("bearer " + fake.Tokens.Create()), "Authorization header is not 'Bearer <token>'");

    [Fact]
    public async Task UnreachableMetadata_FailsWithoutThrowing()
    {
        var authenticator = Authenticator(o => o.ToBotFromChannelOpenIdMetadataUrl = "http://127.0.0.1:1/v1/.well-known/openidconfiguration");

        var result = await authenticator.AuthenticateAsync(fake.Tokens.Header(), Teams, fake.ServiceUrl, CancellationToken.None);

        AssertFails(result, "signing keys unavailable");
    }

    [Fact]
    public async Task AnonymousMode_AcceptsRequestWithoutHeader()
    {
        var authenticator = Authenticator(o => o.MicrosoftAppId = null);

        Assert.Equal(AuthResult.Success, await authenticator.AuthenticateAsync(null, Teams, fake.ServiceUrl, CancellationToken.None));
        Assert.Equal(0, fake.MetadataRequests);
    }

    [Fact]
    public async Task AnonymousMode_RejectsRequestWithHeader()
    {
        var authenticator = Authenticator(o => o.MicrosoftAppId = "");

        var result = await authenticator.AuthenticateAsync(fake.Tokens.Header(), Teams, fake.ServiceUrl, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("anonymous", result.Failure);
    }

    [Theory]
    [InlineData("http://login.botframework.com/v1/.well-known/openidconfiguration")]
    [InlineData("http://10.0.0.5/v1/.well-known/openidconfiguration")]
    [InlineData("ftp://127.0.0.1/keys")]
    [InlineData("not a url")]
    public void MetadataUrl_NotHttpsNorLoopbackHttp_IsAConfigurationError(string url)
    {
        var error = Assert.ThrowsAny<Exception>(() => Authenticator(o => o.ToBotFromChannelOpenIdMetadataUrl = url));

        Assert.Contains("ToBotFromChannelOpenIdMetadataUrl", error.Message);
    }

    [Theory]
    [InlineData("http://localhost:5000/v1/.well-known/openidconfiguration")]
    [InlineData("http://127.0.0.2:5000/v1/.well-known/openidconfiguration")]
    [InlineData("http://[::1]:5000/v1/.well-known/openidconfiguration")]
    [InlineData("https://login.botframework.com/v1/.well-known/openidconfiguration")]
    public void MetadataUrl_HttpsOrLoopbackHttp_IsAccepted(string url) =>
        Assert.NotNull(Authenticator(o => o.ToBotFromChannelOpenIdMetadataUrl = url));
}
