using LiaisonBot.Conversations;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.App;

/// <summary>The local run's "act as": the one playground user tries every role; nowhere else does the command exist.</summary>
public sealed class ActAsTests
{
    [Fact]
    public async Task WithoutAppId_InDevelopment_ALeaderActsAsTheSecretariat_AndGetsTheSecretariatsCommands()
    {
        await using var host = await StartAsync(new() { ["environment"] = "Development", ["MicrosoftAppId"] = "" });
        var leader = TestUser.Of(SampleRoster.Leader, host, "en-US");
        await host.PostAsync(leader.Install(), authorization: null);

        await host.PostAsync(leader.Message("act as S01"), authorization: null);
        var roster = await Sent.InvokeCardAsync(await host.PostAsync(leader.Execute("roster"), authorization: null));

        var replies = Sent.Messages(host.Fake, leader);
        Assert.Contains(replies, r => r["text"]?.GetValue<string>().Contains($"you are now {SampleRoster.Secretariat.Name} (S01)") == true);
        Assert.Contains($"Welcome, {SampleRoster.Secretariat.Name}", Sent.Text(Sent.Card(replies.Last())));
        Assert.Contains("roster", Sent.Verbs(Sent.Card(replies.Last())));
        Assert.DoesNotContain("not allowed", Sent.Text(roster), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("S01", Assert.Single(await host.RowsAsync(ConversationStore.Table)).GetString("MemberCode"));
    }

    [Fact]
    public async Task WithoutAppId_AnUnknownCode_ExplainsWithAnExampleOfEachRole_AndChangesNothing()
    {
        await using var host = await StartAsync(new() { ["environment"] = "Development", ["MicrosoftAppId"] = "" });
        var leader = TestUser.Of(SampleRoster.Leader, host, "zh-CN");
        await host.PostAsync(leader.Install(), authorization: null);

        await host.PostAsync(leader.Message("扮演 X999"), authorization: null);

        var text = Sent.Messages(host.Fake, leader).Last()["text"]!.GetValue<string>();
        Assert.Contains("本地试用", text);
        Assert.Contains($"S01 {SampleRoster.Secretariat.Name}（办公室）", text);
        Assert.Equal("M001", Assert.Single(await host.RowsAsync(ConversationStore.Table)).GetString("MemberCode"));
    }

    [Fact]
    public async Task WithAnAppId_ThereIsNoSuchCommand_AndNobodyChangesWhoTheyAre()
    {
        await using var host = await StartAsync([]);
        var leader = TestUser.Of(SampleRoster.Leader, host, "en-US");
        await host.PostAsync(leader.Install());

        await host.PostAsync(leader.Message("act as S01"));

        Assert.Contains("not understand", Sent.Text(Sent.Card(Sent.Messages(host.Fake, leader).Last())), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("M001", Assert.Single(await host.RowsAsync(ConversationStore.Table)).GetString("MemberCode"));
    }

    private static async Task<BotHost> StartAsync(Dictionary<string, string?> settings)
    {
        var host = await BotHost.StartAsync(settings);
        await host.ImportRosterAsync();
        return host;
    }
}
