using LiaisonBot.Conversations;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.App;

/// <summary>
/// Who a sender is comes from what the connector says about their <c>from.id</c> in that conversation, never from the
/// <c>aadObjectId</c> the activity claims: a claim the connector does not back is refused and links nothing.
/// </summary>
public sealed class SenderIdentityTests : IAsyncLifetime
{
    private const string NotOnRoster = "您还不在委员名册中";

    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync();
        await host.ImportRosterAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task NewId_ClaimingTheSecretariatsObjectId_WhileTheConnectorDoesNotKnowIt_IsRefused_AndLinksNothing()
    {
        var intruder = Intruder(SampleRoster.Secretariat.AadObjectId);

        var card = await Sent.InvokeCardAsync(await host.PostAsync(intruder.Execute("whoami")));

        Assert.Contains(NotOnRoster, Sent.Text(card));
        Assert.Empty(await host.RowsAsync(ConversationStore.Table));
    }

    [Fact]
    public async Task NewId_ClaimingAnotherObjectId_ThanTheConnectorReports_IsRefused_AndLinksNothing()
    {
        var intruder = Intruder(SampleRoster.Secretariat.AadObjectId);
        host.Fake.AddMember(intruder.Account() with { AadObjectId = Guid.NewGuid().ToString() });

        var card = await Sent.InvokeCardAsync(await host.PostAsync(intruder.Execute("whoami")));

        Assert.Contains(NotOnRoster, Sent.Text(card));
        Assert.Empty(await host.RowsAsync(ConversationStore.Table));
    }

    [Fact]
    public async Task AnIdTheConnectorResolvesToSomeoneElse_IsRefused()
    {
        // The get-member call also accepts an object id or UPN: the record it returns must be this very from.id.
        TestUser.Of(SampleRoster.Secretariat, host);
        var intruder = Intruder(SampleRoster.Secretariat.AadObjectId) with { Id = SampleRoster.Secretariat.AadObjectId! };

        var card = await Sent.InvokeCardAsync(await host.PostAsync(intruder.Execute("whoami")));

        Assert.Contains(NotOnRoster, Sent.Text(card));
        Assert.Empty(await host.RowsAsync(ConversationStore.Table));
    }

    [Fact]
    public async Task AKnownId_SendingAnotherObjectId_IsRefused_AndItsLinkStaysAsItWas()
    {
        var member = TestUser.Of(SampleRoster.Member, host);
        await host.PostAsync(member.Install());
        var before = Assert.Single(await host.RowsAsync(ConversationStore.Table));

        var forged = member with { AadObjectId = SampleRoster.Secretariat.AadObjectId };
        var card = await Sent.InvokeCardAsync(await host.PostAsync(forged.Execute("whoami")));

        Assert.Contains(NotOnRoster, Sent.Text(card));
        var after = Assert.Single(await host.RowsAsync(ConversationStore.Table));
        Assert.Equal(SampleRoster.Member.Code, after.GetString("MemberCode"));
        Assert.Equal(before.GetString("AadObjectId"), after.GetString("AadObjectId"));
    }

    [Fact]
    public async Task AnIdTheConnectorBacks_IsLinked_ByTheConnectorsRecord()
    {
        var member = TestUser.Of(SampleRoster.Member, host);

        var card = await Sent.InvokeCardAsync(await host.PostAsync(member.Execute("whoami")));

        Assert.Contains(SampleRoster.Member.Name, Sent.Text(card));
        Assert.DoesNotContain(NotOnRoster, Sent.Text(card));
        var row = Assert.Single(await host.RowsAsync(ConversationStore.Table));
        Assert.Equal(SampleRoster.Member.Code, row.GetString("MemberCode"));
    }

    [Fact]
    public async Task InAChannelThread_TheSenderIsLookedUpInTheTeam()
    {
        var team = TestTeam.Create(host);
        var leader = TestUser.For(SampleRoster.Leader, host.Fake.ServiceUrl, host.Fake.AppId, "zh-CN");
        host.Fake.AddMember(leader.Account(), team.TeamId);

        var card = await Sent.InvokeCardAsync(await host.PostAsync(team.Execute(leader, "whoami")));

        Assert.Contains(SampleRoster.Leader.Name, Sent.Text(card));
        Assert.DoesNotContain(NotOnRoster, Sent.Text(card));
    }

    private TestUser Intruder(string? aadObjectId) =>
        new("29:intruder-teams", "冒名者", aadObjectId, "intruder@elsewhere.example.cn", "zh-CN", host.Fake.ServiceUrl, "28:" + host.Fake.AppId);
}
