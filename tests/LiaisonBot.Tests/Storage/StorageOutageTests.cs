using System.Net;
using System.Text.RegularExpressions;
using LiaisonBot.App;
using LiaisonBot.Conversations;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Storage;

/// <summary>Storage that stays down after the SDK's retries: the user is told, in their language, and nothing is written.</summary>
public sealed class StorageOutageTests
{
    [Fact]
    public async Task WhenStorageIsDown_TheUserIsAskedToTryAgain_HealthSays503_AndNothingIsWritten()
    {
        var tablePort = int.Parse(Regex.Match(TestStorage.ConnectionString, @"TableEndpoint=http://127\.0\.0\.1:(\d+)").Groups[1].Value);
        await using var relay = new TcpRelay(tablePort);
        var viaRelay = TestStorage.ConnectionString.Replace($"127.0.0.1:{tablePort}", $"127.0.0.1:{relay.Port}");
        await using var host = await BotHost.StartAsync(new Dictionary<string, string?> { ["Storage:ConnectionString"] = viaRelay });
        await host.ImportRosterAsync();
        var member = TestUser.Of(SampleRoster.Member, host, "zh-CN");

        relay.Cut();
        var response = await host.PostAsync(member.Message("我的信息"));
        var health = await host.Client.GetAsync("/health/ready");
        relay.Restore();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        var reply = Assert.Single(Sent.Messages(host.Fake, member));
        Assert.Contains("稍后再试", (string?)reply["text"]);
        Assert.Empty(await host.RowsAsync(ConversationStore.Table));
    }
}
