using LiaisonBot.Protocol;
using LiaisonBot.Protocol.Auth;
using LiaisonBot.Protocol.Connector;
using LiaisonBot.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Tests.Protocol.Connector;

/// <summary>The wiring a host does: BotOptions bound from the configuration root, both registrations, the fake trusted.</summary>
public sealed class BotProtocolHostingTests : IAsyncLifetime
{
    private FakeBotFramework fake = null!;

    public async Task InitializeAsync() => this.fake = await FakeBotFramework.StartAsync();

    public async Task DisposeAsync() => await this.fake.DisposeAsync();

    private IHost Build(IReadOnlyDictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.Configure<BotOptions>(builder.Configuration);
        builder.Services.AddBotAuthentication().AddBotConnector().TrustFakeBotFramework(this.fake);
        return builder.Build();
    }

    [Fact]
    public async Task ConfiguredFromTheFake_AuthenticatesAndReplies()
    {
        using var host = Build(this.fake.Configuration);
        await host.StartAsync();

        var auth = await host.Services.GetRequiredService<BotAuthenticator>()
            .AuthenticateAsync(this.fake.Tokens.Header(), "msteams", this.fake.ServiceUrl, CancellationToken.None);
        var reply = await host.Services.GetRequiredService<ConnectorClient>()
            .ReplyAsync(this.fake.ServiceUrl, "a:1", "1", new Activity { Type = ActivityTypes.Message, Text = "pong" });

        Assert.True(auth.Succeeded, auth.Failure);
        Assert.NotNull(reply.Id);
        Assert.Equal("Bearer " + this.fake.IssuedTokens.Single(), (await this.fake.WaitForRequestAsync(r => r.ActivityId == "1")).Authorization);
        await host.StopAsync();
    }

    [Fact]
    public async Task InvalidRegistration_FailsAtStartup()
    {
        var settings = new Dictionary<string, string?>(this.fake.Configuration) { ["MicrosoftAppType"] = "SingleTenant" };
        using var host = Build(settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("MicrosoftAppTenantId", error.Message);
    }

    [Fact]
    public async Task HttpMetadataOnARemoteHost_FailsAtStartup()
    {
        var settings = new Dictionary<string, string?>(this.fake.Configuration)
        {
            ["ToBotFromChannelOpenIdMetadataUrl"] = "http://login.botframework.com/v1/.well-known/openidconfiguration",
        };
        using var host = Build(settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("ToBotFromChannelOpenIdMetadataUrl", error.Message);
    }
}
