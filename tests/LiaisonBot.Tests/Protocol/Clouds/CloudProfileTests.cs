using System.Net;
using LiaisonBot.Conversations;
using LiaisonBot.Hosting;
using LiaisonBot.Tests.Infrastructure;
using LiaisonBot.Tests.Protocol;

namespace LiaisonBot.Tests.Protocol.Clouds;

/// <summary>
/// The token rules under each cloud's profile, against a local issuer playing that cloud: only the addresses a test
/// cannot reach are set; the issuer, the scope and the channel hosts come from <c>Cloud</c> alone.
/// </summary>
public sealed class CloudProfileTests
{
    public static TheoryData<CloudName> Clouds => [CloudName.Public, CloudName.China, CloudName.USGov];

    [Theory]
    [MemberData(nameof(Clouds))]
    public async Task TheCloudsOwnTokens_AreAccepted_AndTheReplyCarriesATokenForTheCloudsScope(CloudName name)
    {
        var cloud = AzureCloud.Of(name);
        await using var host = await BotHost.StartAsync(cloud: cloud);
        await host.ImportRosterAsync();
        var user = TestUser.Of(SampleRoster.Leader, host);

        var response = await host.PostAsync(user.Message("help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await host.Fake.WaitForRequestAsync(r => r.Method == "POST");
        Assert.Equal(cloud.OAuthScope, host.Fake.TokenRequests.First().Scope);
        Assert.Equal("Bearer " + host.Fake.IssuedTokens.First(), reply.Authorization);
    }

    [Theory]
    [MemberData(nameof(Clouds))]
    public async Task AnotherCloudsToken_IsRefused_AndChangesNothing(CloudName name)
    {
        await using var host = await BotHost.StartAsync(cloud: AzureCloud.Of(name));
        await host.ImportRosterAsync();
        var user = TestUser.Of(SampleRoster.Leader, host);

        foreach (var other in Enum.GetValues<CloudName>().Where(c => c != name))
        {
            var activity = user.Install();
            var header = host.Fake.Tokens.Header(s => s with { Issuer = AzureCloud.Of(other).TokenIssuer, ServiceUrl = activity.ServiceUrl });

            Assert.Equal(HttpStatusCode.Unauthorized, (await host.PostAsync(activity, header)).StatusCode);
        }

        Assert.Empty(await host.RowsAsync(ConversationStore.Table));
        Assert.Empty(host.Fake.Requests);
    }

    [Theory]
    [InlineData(CloudName.Public, "https://smba.trafficmanager.net/amer/", true)]
    [InlineData(CloudName.Public, "https://smba.infra.gcc.teams.microsoft.com/gcc/", true)]
    [InlineData(CloudName.Public, "https://msteams.botframework.azure.cn/teams/", false)]
    [InlineData(CloudName.Public, "https://attacker.trafficmanager.net/teams/", false)]
    [InlineData(CloudName.China, "https://msteams.botframework.azure.cn/teams/", true)]
    [InlineData(CloudName.China, "https://frontend.botapi.msg.infra.teams.microsoftonline.cn/", true)]
    [InlineData(CloudName.China, "https://smba.trafficmanager.net/amer/", false)]
    [InlineData(CloudName.USGov, "https://smba.infra.gov.teams.microsoft.us/gcch/", true)]
    [InlineData(CloudName.USGov, "https://smba.trafficmanager.net/amer/", false)]
    public async Task AServiceUrl_IsServedOnlyOnTheCloudsChannelHosts(CloudName name, string serviceUrl, bool accepted)
    {
        await using var host = await BotHost.StartAsync(cloud: AzureCloud.Of(name));
        var user = TestUser.Of(SampleRoster.Leader, host) with { ServiceUrl = serviceUrl };
        // A typing indicator needs no answer, so an accepted one sends nothing to a host the test cannot reach.
        var activity = user.Message("") with { Type = "typing", Text = null };

        var response = await host.PostAsync(activity);

        Assert.Equal(accepted ? HttpStatusCode.OK : HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ASettingOfItsOwn_WinsOverTheCloud()
    {
        await using var host = await BotHost.StartAsync(
            new Dictionary<string, string?> { ["Cloud"] = "China", ["ToBotFromChannelTokenIssuer"] = AzureCloud.Public.TokenIssuer });
        var user = TestUser.Of(SampleRoster.Leader, host);

        var response = await host.PostAsync(user.Install());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AnUnknownCloud_RefusesToStart_NamingTheSetting()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            BotHost.StartAsync(new Dictionary<string, string?> { ["Cloud"] = "Mars" }));

        Assert.Contains("'Cloud'", error.Message);
        Assert.Contains("Mars", error.Message);
    }

    [Fact]
    public async Task AnExtraServiceUrlDomain_IsServedBesidesTheClouds()
    {
        await using var host = await BotHost.StartAsync(new Dictionary<string, string?> { ["ExtraServiceUrlDomains:0"] = ".bots.example.net" });
        var user = TestUser.Of(SampleRoster.Leader, host) with { ServiceUrl = "https://teams.bots.example.net/cn/" };

        var response = await host.PostAsync(user.Message("") with { Type = "typing", Text = null });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AnExtraServiceUrlDomainWithoutItsDot_RefusesToStart()
    {
        var failure = await StartupFailure.OfAsync("Testing", new Dictionary<string, string?> { ["ExtraServiceUrlDomains:0"] = "example.net" });

        Assert.Contains("ExtraServiceUrlDomains takes host suffixes that start with a dot", failure.Message);
    }
}
