using System.Net;
using System.Text.Json.Nodes;
using LiaisonBot.Conversations;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;
using LiaisonBot.Tests.Infrastructure;
using LiaisonBot.Tests.Protocol;

namespace LiaisonBot.Tests.App;

/// <summary><c>Bot:AllowedTenants</c>: only the committee's own tenant may use the bot or be linked by e-mail.</summary>
public sealed class TenantTests : IAsyncLifetime
{
    private const string OtherTenant = "0c1f0d9e-6d55-4b7e-9e43-3f2f1c9a7a11";

    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(new Dictionary<string, string?> { ["Bot:AllowedTenants"] = TestUser.TenantId });
        await host.ImportRosterAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task AMessageFromAnotherTenant_GetsAPoliteRefusal_AndNothingIsStored(string locale)
    {
        // Their own directory reports the leader's e-mail: the bot must not take its word for it.
        var visitor = TestUser.Of(SampleRoster.Leader, host, locale) with { Id = "29:visitor-teams", AadObjectId = Guid.NewGuid().ToString() };
        host.Fake.AddMember(visitor.Account() with { TenantId = OtherTenant });

        var response = await host.PostAsync(Foreign(visitor.Message("help")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(Sent.Messages(host.Fake, visitor));
        Assert.Equal(Texts.For(locale)["Tenant.NotServed"], (string?)reply["text"]);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task ACardActionFromAnotherTenant_IsAnsweredWithTheRefusal_AndNothingIsStored()
    {
        var visitor = TestUser.Of(SampleRoster.Leader, host);

        var response = await host.PostAsync(Foreign(visitor.Execute("whoami")));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(Texts.Chinese["Tenant.NotServed"], (string?)body["value"]);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task AnActivityNamingNoTenant_IsRefused()
    {
        var visitor = TestUser.Of(SampleRoster.Leader, host);
        var activity = visitor.Message("help");

        await host.PostAsync(activity with { Conversation = activity.Conversation! with { TenantId = null }, ChannelData = null });

        Assert.Equal(Texts.Chinese["Tenant.NotServed"], (string?)Assert.Single(Sent.Messages(host.Fake, visitor))["text"]);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task TheAllowedTenant_IsServedAsBefore()
    {
        var leader = TestUser.Of(SampleRoster.Leader, host);

        var card = await Sent.InvokeCardAsync(await host.PostAsync(leader.Execute("whoami")));

        Assert.Contains(SampleRoster.Leader.Name, Sent.Text(card));
    }

    [Fact]
    public async Task AMemberRecordFromAnotherTenant_IsNotLinkedByEmail()
    {
        // The activity names our tenant, but the connector says the person belongs to another directory.
        var visitor = TestUser.Of(SampleRoster.Leader, host) with { Id = "29:guest-teams", AadObjectId = Guid.NewGuid().ToString() };
        host.Fake.AddMember(visitor.Account() with { TenantId = OtherTenant });

        var card = await Sent.InvokeCardAsync(await host.PostAsync(visitor.Execute("whoami")));

        Assert.Contains("您还不在委员名册中", Sent.Text(card));
        Assert.All(await host.RowsAsync(ConversationStore.Table), row => Assert.Null(row.GetString("MemberCode")));
    }

    [Fact]
    public async Task Production_WithoutTheSetting_RefusesToStart_NamingIt()
    {
        var failure = await StartupFailure.OfAsync("Production", new Dictionary<string, string?> { ["Bot:PublicBaseUrl"] = "https://liaison.example.cn" });

        Assert.Contains("Bot:AllowedTenants", failure.Message);
    }

    [Fact]
    public async Task ATenantThatIsNoGuid_RefusesToStart_NamingTheSetting()
    {
        var failure = await StartupFailure.OfAsync("Testing", new Dictionary<string, string?> { ["Bot:AllowedTenants"] = "contoso.onmicrosoft.com" });

        Assert.Contains("Bot:AllowedTenants", failure.Message);
        Assert.Contains("contoso.onmicrosoft.com", failure.Message);
    }

    private static Activity Foreign(Activity activity) => activity with
    {
        Conversation = activity.Conversation! with { TenantId = OtherTenant },
        ChannelData = new TeamsChannelData { Tenant = new TenantInfo(OtherTenant) },
    };

    private async Task AssertNothingStoredAsync()
    {
        Assert.Empty(await host.RowsAsync(ConversationStore.Table));
        Assert.Empty(await host.RowsAsync(InboxDeduplicator.Table));
    }
}
