using Azure.Data.Tables;
using LiaisonBot.App;
using LiaisonBot.Conversations;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Roster;

/// <summary>Install, welcome, help, my info, my group and the roster overview, through the real pipeline on Azurite.</summary>
/// <remarks>
/// Tests that only read, or whose writes no other test looks at, share one bot and see only the replies to their own
/// requests; those that assert on the stored conversations or install states start their own.
/// </remarks>
public sealed class RosterFlowTests(SharedBotHost<RosterFlowTests> bot) : IClassFixture<SharedBotHost<RosterFlowTests>>, ISharedBotHost
{
    public static async Task<BotHost> StartAsync()
    {
        var host = await BotHost.StartAsync();
        await host.ImportRosterAsync();
        return host;
    }

    [Fact]
    public async Task Install_OnRoster_WelcomesByNameGroupAndRoles_InChinese()
    {
        await using var host = await StartAsync();
        var leader = TestUser.Of(SampleRoster.Leader, host, "zh-CN");
        await host.PostAsync(leader.Message("你好")); // the person has written before, so their language is known

        var response = await host.PostAsync(leader.Install());

        Assert.Equal(200, (int)response.StatusCode);
        var card = Sent.Card(Sent.Messages(host.Fake, leader).Last());
        var text = Sent.Text(card);
        Assert.Contains("高浩然，欢迎您", text);
        Assert.Contains("城关镇联络组（乡镇）", text);
        Assert.Contains("委员、组长、常委", text);
        Assert.Equal(["report", "myreports", "groupreports", "toverify", "recordfor", "dutyfile", "points", "mytasks", "groupplan", "meetings", "help", "whoami", "group", "scoring", "assessment", "groupreport"], Sent.Verbs(card)); // no "link this channel": it works only in a channel
    }

    [Fact]
    public async Task Install_LinksTheConversation_ByEmailWhenThereIsNoEntraId()
    {
        await using var host = await StartAsync();
        var member = SampleRoster.Roster.Members.First(m => m.AadObjectId is null && m.GroupCode is not null);
        var user = TestUser.Of(member, host, "en-US") with { AadObjectId = null };
        host.Fake.AddMember(user.Account());

        await host.PostAsync(user.Install());

        var stored = Assert.Single(await host.RowsAsync(ConversationStore.Table));
        Assert.Equal(member.Code, stored.GetString("MemberCode"));
        Assert.Equal(user.ConversationId, stored.GetString("ConversationId"));
        Assert.Equal(host.Fake.ServiceUrl, stored.GetString("ServiceUrl"));
        Assert.Equal(TestUser.TenantId, stored.GetString("TenantId"));
        Assert.Equal(member.Email, stored.GetString("Email"));
        Assert.Contains($"Welcome, {member.Name}", Sent.Text(Sent.Card(Sent.Messages(host.Fake, user).Single())));
    }

    [Fact]
    public async Task Install_NotOnRoster_GetsPoliteCardNamingTheSecretariat_AndNoPrivilegedVerbWorks()
    {
        await using var host = await StartAsync();
        var stranger = TestUser.Stranger(host, "zh-CN");
        await host.PostAsync(stranger.Message("hi"));
        await host.PostAsync(stranger.Install());

        var welcome = Sent.Text(Sent.Card(Sent.Messages(host.Fake, stranger).Last()));
        Assert.Contains("您还不在委员名册中", welcome);
        Assert.Contains(SampleRoster.Secretariat.Name, welcome);
        Assert.Contains(SampleRoster.Secretariat.Email, welcome);

        foreach (var verb in new[] { "whoami", "group", "roster" })
        {
            var card = await Sent.InvokeCardAsync(await host.PostAsync(stranger.Execute(verb)));
            Assert.Contains("您还不在委员名册中", Sent.Text(card));
        }

        var stored = Assert.Single(await host.RowsAsync(ConversationStore.Table));
        Assert.Null(stored.GetString("MemberCode"));
    }

    [Theory]
    [InlineData("zh-CN", "帮助", "我的信息")]
    [InlineData("en-US", "help", "my info")]
    [InlineData("en-US", "HELP", "my info")]
    public async Task Help_ListsTheCommandsOfAMember_InTheirLanguage(string locale, string typed, string listed)
    {
        var host = bot.ForNextTest();
        var member = TestUser.Of(SampleRoster.Member, host, locale);

        await host.PostAsync(member.Message(typed));

        var card = Sent.Card(Sent.Messages(host.Fake, member).Single());
        Assert.Contains(listed, Sent.Text(card));
        Assert.DoesNotContain("roster", Sent.Verbs(card));
    }

    [Fact]
    public async Task Help_ForTheSecretariat_IncludesTheRoster()
    {
        var host = bot.ForNextTest();
        var office = TestUser.Of(SampleRoster.Secretariat, host, "zh-CN");

        await host.PostAsync(office.Message("帮助"));

        var card = Sent.Card(Sent.Messages(host.Fake, office).Single());
        Assert.Contains("名册", Sent.Text(card));
        Assert.Contains("roster", Sent.Verbs(card));
    }

    [Fact]
    public async Task UnknownText_GetsHelp_SayingWhatWasNotUnderstood()
    {
        var host = bot.ForNextTest();
        var member = TestUser.Of(SampleRoster.Member, host, "zh-CN");

        await host.PostAsync(member.Message("明天开会吗"));

        Assert.Contains("没有听懂“明天开会吗”", Sent.Text(Sent.Card(Sent.Messages(host.Fake, member).Single())));
    }

    [Fact]
    public async Task WhoAmI_ShowsTheRosterEntry()
    {
        var host = bot.ForNextTest();
        var member = TestUser.Of(SampleRoster.Member, host, "zh-CN");

        await host.PostAsync(member.Message("我的信息"));

        var text = Sent.Text(Sent.Card(Sent.Messages(host.Fake, member).Single()));
        Assert.Contains(SampleRoster.Member.Name, text);
        Assert.Contains(SampleRoster.Member.Code, text);
        Assert.Contains(SampleRoster.Member.Email, text);
    }

    [Fact]
    public async Task Group_ShowsInstallStatusToTheLeaderOnly()
    {
        await using var host = await StartAsync();
        var leader = TestUser.Of(SampleRoster.Leader, host, "zh-CN");
        var member = TestUser.Of(SampleRoster.Member, host, "zh-CN");
        await host.PostAsync(member.Install());

        var leaderView = Sent.Text(await Sent.InvokeCardAsync(await host.PostAsync(leader.Execute("group"))));
        var memberView = Sent.Text(await Sent.InvokeCardAsync(await host.PostAsync(member.Execute("group"))));

        Assert.Contains("城关镇联络组", leaderView);
        Assert.Contains("✓ 已安装", leaderView);
        Assert.Contains("未安装", leaderView);
        Assert.Contains(SampleRoster.Member.Name, memberView);
        Assert.DoesNotContain("已安装", memberView);
    }

    [Fact]
    public async Task Roster_IsForTheSecretariatOnly_WhateverTheCardDataSays()
    {
        var host = bot.ForNextTest();
        var member = TestUser.Of(SampleRoster.Member, host, "zh-CN");
        var office = TestUser.Of(SampleRoster.Secretariat, host, "zh-CN");
        var forged = new { memberCode = SampleRoster.Secretariat.Code, roles = "secretariat", aadObjectId = SampleRoster.Secretariat.AadObjectId };

        var refused = Sent.Text(await Sent.InvokeCardAsync(await host.PostAsync(member.Execute("roster", forged))));
        var overview = Sent.Text(await Sent.InvokeCardAsync(await host.PostAsync(office.Execute("roster"))));

        Assert.Contains("只有办公室可以进行此操作", refused);
        Assert.Contains("共 24 个联络组（乡镇 15 个、县直机关 9 个），委员 138 人", overview);
    }

    [Fact]
    public async Task RedeliveredActivity_IsHandledOnce()
    {
        var host = bot.ForNextTest();
        var leader = TestUser.Of(SampleRoster.Leader, host, "zh-CN");
        var install = leader.Install();

        await host.PostAsync(install);
        var again = await host.PostAsync(install);

        Assert.Equal(200, (int)again.StatusCode);
        Assert.Single(Sent.Messages(host.Fake, leader));
    }

    [Fact]
    public async Task EveryActivity_RefreshesTheServiceUrlAndLocale_AndUninstallIsRemembered()
    {
        await using var host = await StartAsync();
        var leader = TestUser.Of(SampleRoster.Leader, host, "zh-CN");
        await host.PostAsync(leader.Install());
        var moved = leader with { ServiceUrl = host.Fake.ServiceUrl.Replace("127.0.0.1", "localhost"), Locale = "en-US" };

        await host.PostAsync(moved.Message("whoami"));
        var afterMessage = Assert.Single(await host.RowsAsync(ConversationStore.Table));
        await host.PostAsync(moved.Installation("remove"));
        var afterRemove = Assert.Single(await host.RowsAsync(ConversationStore.Table));

        Assert.Equal(moved.ServiceUrl, afterMessage.GetString("ServiceUrl"));
        Assert.Equal("en-US", afterMessage.GetString("Locale"));
        Assert.True(afterMessage.GetBoolean("Installed"));
        Assert.False(afterRemove.GetBoolean("Installed"));
    }
}
