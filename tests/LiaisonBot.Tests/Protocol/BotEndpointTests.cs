using System.Net;
using LiaisonBot.Conversations;
using LiaisonBot.Protocol;
using LiaisonBot.Tests.Fakes;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Protocol;

/// <summary><c>/api/messages</c> through the real pipeline: who gets in, and what a bad request changes (nothing).</summary>
/// <remarks>
/// The tests share one bot: each one asserts that its request changed nothing, so none leaves anything for the next to
/// see. The one that is accepted starts its own.
/// </remarks>
public sealed class BotEndpointTests : IClassFixture<SharedBotHost<BotEndpointTests>>, ISharedBotHost
{
    private const string UnpublishedKey = "key-not-in-the-jwks";

    private readonly BotHost host;
    private readonly TestUser user;

    public BotEndpointTests(SharedBotHost<BotEndpointTests> shared)
    {
        host = shared.ForNextTest();
        user = TestUser.Of(SampleRoster.Leader, host);
    }

    public static async Task<BotHost> StartAsync()
    {
        var host = await BotHost.StartAsync();
        await host.ImportRosterAsync();
        host.Fake.AddSigningKey(UnpublishedKey, ["msteams"], publish: false);
        return host;
    }

    public static TheoryData<string, Func<InboundTokenSpec, InboundTokenSpec>> BadTokens => new()
    {
        { "expired", s => s with { NotBefore = DateTimeOffset.UtcNow.AddHours(-2), Expires = DateTimeOffset.UtcNow.AddMinutes(-6) } },
        { "not yet valid", s => s with { NotBefore = DateTimeOffset.UtcNow.AddMinutes(6), Expires = DateTimeOffset.UtcNow.AddHours(1) } },
        { "wrong audience", s => s with { Audience = Guid.NewGuid().ToString() } },
        { "wrong issuer", s => s with { Issuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/" } },
        { "alg none", s => s with { Algorithm = "none" } },
        { "unknown key", s => s with { KeyId = UnpublishedKey } },
        { "tampered signature", s => s with { TamperSignature = true } },
        { "key without msteams endorsement", s => s with { KeyId = FakeBotFramework.UnendorsedKeyId } },
        { "serviceurl claim of another service", s => s with { ServiceUrl = "https://smba.trafficmanager.net/emea/" } },
        { "no serviceurl claim", s => s with { ServiceUrl = null } },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task BadToken_Gets401_AndChangesNothing(string why, Func<InboundTokenSpec, InboundTokenSpec> spoil)
    {
        var activity = user.Install();
        var token = host.Fake.Tokens.Create(s => spoil(s with { ServiceUrl = activity.ServiceUrl }));

        var response = await host.PostAsync(activity, "Bearer " + token);

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, why);
        await AssertNothingHappenedAsync();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    [InlineData("Bearer not.a.jwt")]
    public async Task MissingOrMalformedHeader_Gets401_AndChangesNothing(string? header)
    {
        var response = await host.PostAsync(user.Install(), header);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingHappenedAsync();
    }

    [Fact]
    public async Task ValidToken_IsAccepted_AndTheReplyCarriesTheBotsOwnToken()
    {
        await using var fresh = await StartAsync(); // the install is stored, which the other tests' "nothing happened" would see
        var response = await fresh.PostAsync(TestUser.Of(SampleRoster.Leader, fresh).Install());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(fresh.Fake.Requests, r => r.Method == "POST");
        Assert.Equal("Bearer " + fresh.Fake.IssuedTokens.Last(), reply.Authorization);
    }

    [Fact]
    public async Task ActivityWithoutType_Gets400()
    {
        var response = await host.PostAsync(user.Message("help") with { Type = null });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertNothingHappenedAsync();
    }

    [Fact]
    public async Task BodyOverTheLimit_Gets413()
    {
        var response = await host.PostAsync(user.Message(new string('x', BotEndpoint.MaxBodyBytes)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertNothingHappenedAsync();
    }

    [Fact]
    public async Task UnknownActivityTypeAndInvoke_AreAcknowledged_ButNotHandled()
    {
        var unknown = await host.PostAsync(user.Message("x") with { Type = "somethingNew" });
        var invoke = await host.PostAsync(user.Message("x") with { Type = "invoke", Name = "composeExtension/query" });

        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotImplemented, invoke.StatusCode);
        Assert.DoesNotContain(host.Fake.Requests, r => r.Method != "GET");
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("HEAD")]
    public async Task ProbesOfTheEndpoint_AreAnswered(string method)
    {
        var response = await host.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), BotEndpoint.Path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task AssertNothingHappenedAsync()
    {
        Assert.Empty(await host.RowsAsync(ConversationStore.Table));
        Assert.Empty(await host.RowsAsync(InboxDeduplicator.Table));
        Assert.Empty(host.Fake.Requests);
    }
}
