using LiaisonBot.App;
using LiaisonBot.Features.Plans;
using Microsoft.Extensions.Hosting.Internal;
using LiaisonBot.Tests.Features.Plans;
using LiaisonBot.Tests.Infrastructure;
using LiaisonBot.Tests.Protocol;

namespace LiaisonBot.Tests.App;

/// <summary>Every link the bot hands out starts with its configured public address, never with what a request's Host header says.</summary>
public sealed class PublicAddressTests
{
    private const string Public = "https://liaison.example.cn/bot";

    [Fact]
    public async Task ALink_StartsWithTheConfiguredAddress_NotTheRequestsHost()
    {
        await using var host = await BotHost.StartAsync(new Dictionary<string, string?>(PlanTesting.Settings(PlanTesting.FutureYear))
        {
            ["Bot:PublicBaseUrl"] = Public + "/",
        });
        await host.ImportRosterAsync();

        var card = await Sent.InvokeCardAsync(await host.PostAsync(TestUser.Of(SampleRoster.Secretariat, host).Execute(PlanVerbs.Plans)));

        Assert.Equal(Public + "/plans/template.xlsx", Sent.Links(card).Single().AbsoluteUri);
    }

    [Fact]
    public async Task Production_WithoutIt_RefusesToStart_NamingTheSetting()
    {
        var failure = await StartupFailure.OfAsync("Production", new Dictionary<string, string?> { ["Bot:AllowedTenants"] = TestUser.TenantId });

        Assert.Contains("Bot:PublicBaseUrl", failure.Message);
        Assert.Contains("required in Production", failure.Message);
    }

    [Theory]
    [InlineData("http://liaison.example.cn", "must use https")]
    [InlineData("liaison.example.cn", "absolute https URL")]
    [InlineData("https://liaison.example.cn/?a=1", "query or a fragment")]
    public void AnAddressThatIsNoHttpsUrl_FailsValidation_SayingWhy(string configured, string why)
    {
        var result = new PublicAddressOptionsValidator(new HostingEnvironment { EnvironmentName = "Testing" })
            .Validate(null, new PublicAddressOptions { PublicBaseUrl = configured });

        Assert.True(result.Failed);
        Assert.Contains("Bot:PublicBaseUrl", result.FailureMessage);
        Assert.Contains(why, result.FailureMessage);
    }

    [Fact]
    public void ALoopbackAddress_MayBePlainHttp()
    {
        var result = new PublicAddressOptionsValidator(new HostingEnvironment { EnvironmentName = "Production" })
            .Validate(null, new PublicAddressOptions { PublicBaseUrl = "http://127.0.0.1:5000" });

        Assert.True(result.Succeeded);
    }
}
