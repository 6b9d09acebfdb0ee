using LiaisonBot.Features.ChannelReports;
using LiaisonBot.Features.ChannelReports.Links;
using LiaisonBot.Tests.Infrastructure;
using static LiaisonBot.Tests.Features.ChannelReports.ChannelReportTesting;

namespace LiaisonBot.Tests.Features.ChannelReports;

/// <summary>Linking a group to its channel by @mention, and the team events that keep the link true.</summary>
public sealed class ChannelLinkFlowTests : IAsyncLifetime
{
    private BotHost host = null!;
    private TestTeam team = null!;
    private TestUser leader = null!;
    private TestUser office = null!;

    public async Task InitializeAsync() => (host, team, leader, office) = await StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Leader_LinksTheGroup_ByMentioningTheBotInTheChannel_AndTheChannelSeesTheConfirmation()
    {
        var reply = Sent.Text(await LinkAsync(host, team, leader));

        Assert.Contains("✓ 频道已绑定", reply);
        Assert.Contains("城关镇联络组的报告今后发布在：城关镇联络组 › 工作报告", reply);
        var link = Assert.Single(await host.RowsAsync(ChannelLinkStore.Table));
        Assert.Equal("T01", link.RowKey);
        Assert.Equal(team.TeamId, link.GetString("TeamId"));
        Assert.Equal(team.ChannelId, link.GetString("ChannelId"));
        Assert.Equal(host.Fake.ServiceUrl, link.GetString("ServiceUrl"));
        Assert.Equal(TestUser.TenantId, link.GetString("TenantId"));
        Assert.Equal("M001", link.GetString("LinkedBy"));
    }

    [Fact]
    public async Task AnEnglishSpeakingLeader_LinksWithTheEnglishWords()
    {
        var english = TestUser.Of(SampleRoster.Leader, host, "en-US");

        var reply = Sent.Text(await LinkAsync(host, team, english));

        Assert.Contains("✓ Channel linked", reply);
        Assert.Equal("en", Assert.Single(await host.RowsAsync(ChannelLinkStore.Table)).GetString("Locale"));
    }

    [Fact]
    public async Task OnlyALeader_MayLinkAChannel()
    {
        foreach (var person in new[] { TestUser.Of(SampleRoster.Member, host), office, TestUser.Stranger(host) })
        {
            await host.PostAsync(team.Post(person, "绑定小组"));
        }

        var replies = Sent.Replies(host.Fake, team.ChannelId).Select(m => Sent.Text(Sent.Card(m))).ToList();
        Assert.Equal(3, replies.Count);
        Assert.Contains("只有组长可以进行此操作", replies[0]);
        Assert.Contains("只有组长可以进行此操作", replies[1]);
        Assert.Contains("您还不在委员名册中", replies[2]);
        Assert.Empty(await host.RowsAsync(ChannelLinkStore.Table));
    }

    [Theory]
    [InlineData("绑定小组")]
    [InlineData("@联络组助手 绑定小组")]
    [InlineData("@LiaisonBot 绑定小组")]
    public async Task LinkInAPersonalChat_SaysHowToLinkInTheChannel(string typed)
    {
        await host.PostAsync(leader.Message(typed));

        var card = Sent.Text(Sent.Card(Sent.Messages(host.Fake, leader).Single()));
        Assert.Contains("城关镇联络组尚未绑定频道", card);
        Assert.Contains("@联络组助手 绑定小组", card);
        Assert.Empty(await host.RowsAsync(ChannelLinkStore.Table));
    }

    [Fact]
    public async Task AChannelServesOneGroup_AndALeaderCanMoveTheirGroupToAnotherChannel()
    {
        await LinkAsync(host, team, leader);
        var otherLeader = TestUser.Of(SampleRoster.Roster.ByCode("M007")!, host);

        var taken = Sent.Text(await LinkAsync(host, team, otherLeader));
        var elsewhere = TestTeam.Create(host, "城关镇政协委员", "报告");
        var moved = Sent.Text(await LinkAsync(host, elsewhere, leader));

        Assert.Contains("此频道已绑定城关镇联络组", taken);
        Assert.Contains("报告不再发布到：城关镇联络组 › 工作报告", moved);
        var link = Assert.Single(await host.RowsAsync(ChannelLinkStore.Table));
        Assert.Equal(elsewhere.ChannelId, link.GetString("ChannelId"));
    }

    [Fact]
    public async Task BotRemovedFromTheTeam_UnlinksTheGroup_AndTellsTheSecretariatOnce()
    {
        await LinkAsync(host, team, leader);

        await host.PostAsync(team.Uninstalled(leader));
        await host.PostAsync(team.BotRemoved(leader));
        await host.PostAsync(team.BotRemoved(leader));

        Assert.Empty(await host.RowsAsync(ChannelLinkStore.Table));
        await Eventually.HoldsAsync(() => Sent.Messages(host.Fake, office).Count == 1, "the secretariat is told");
        await Task.Delay(300);
        var notice = Sent.Text(Sent.Card(Assert.Single(Sent.Messages(host.Fake, office))));
        Assert.Contains("城关镇联络组已没有绑定的频道", notice);
        Assert.Contains("联络组助手已被移出城关镇联络组 › 工作报告所在的团队", notice);
    }

    [Fact]
    public async Task DeletingTheLinkedChannel_Unlinks_ButDeletingAnotherDoesNot()
    {
        await LinkAsync(host, team, leader);
        var other = TestTeam.Create(host);

        await host.PostAsync(other.ChannelDeleted(leader));
        Assert.Single(await host.RowsAsync(ChannelLinkStore.Table));
        await host.PostAsync(team.ChannelDeleted(leader));

        Assert.Empty(await host.RowsAsync(ChannelLinkStore.Table));
        await Eventually.HoldsAsync(() => Sent.Messages(host.Fake, office).Count == 1, "the secretariat is told");
        Assert.Contains("频道城关镇联络组 › 工作报告已被删除", Sent.Text(Sent.Card(Sent.Messages(host.Fake, office)[0])));
    }

    [Fact]
    public async Task Renames_ShowInTheSecretariatsListOfChannels()
    {
        await LinkAsync(host, team, leader);

        await host.PostAsync(team.ChannelRenamed(leader, "年度报告"));
        await host.PostAsync(team.TeamRenamed(leader, "城关镇政协联络组"));

        var list = Sent.Text(await ExecuteAsync(host, office, ChannelReportVerbs.Channels, new { }));
        Assert.Contains("城关镇政协联络组 › 年度报告 · 高浩然 于", list);
        Assert.Contains("24 个联络组中已有 1 个绑定频道", list);
    }

    [Fact]
    public async Task BotAddedToATeam_TellsTheChannelHowToLink()
    {
        await host.PostAsync(leader.Installation("add"));
        await host.PostAsync(leader.Install());
        host.Fake.ClearRequests();

        await host.PostAsync(team.BotAdded(leader));

        var hint = Sent.Text(Sent.Card(Assert.Single(Sent.Posts(host.Fake, team.ChannelId))));
        Assert.Contains("我会在这里发布本联络组的工作计划、进展和年度工作报告", hint);
        Assert.Contains("@联络组助手 绑定小组", hint);
    }

    [Fact]
    public async Task Secretariat_UnlinksAGroup_AndTheChannelIsTold()
    {
        await LinkAsync(host, team, leader);

        var confirm = Sent.Text(await ExecuteAsync(host, office, ChannelReportVerbs.Unlink, new { group = "T01" }));
        var done = Sent.Text(await ExecuteAsync(host, office, ChannelReportVerbs.UnlinkConfirm, new { group = "T01" }));

        Assert.Contains("解除城关镇联络组的频道绑定？", confirm);
        Assert.Contains("城关镇联络组已解除频道绑定", done);
        Assert.Empty(await host.RowsAsync(ChannelLinkStore.Table));
        await Eventually.HoldsAsync(() => Sent.Posts(host.Fake, team.ChannelId).Count == 1, "the channel is told");
        Assert.Contains("政协办公室已解除与城关镇联络组 › 工作报告的绑定", Sent.Text(Sent.Card(Sent.Posts(host.Fake, team.ChannelId)[0])));
    }
}
