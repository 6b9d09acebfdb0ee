using System.Text.Json.Nodes;
using LiaisonBot.Features.ChannelReports;
using LiaisonBot.Tests.Features.Broadcasts;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.ChannelReports;

/// <summary>Settings and steps the channel-report tests share: a quick outbox, linking a channel, publishing a report.</summary>
public static class ChannelReportTesting
{
    public static readonly Dictionary<string, string?> Settings = new(BroadcastTesting.Settings);

    /// <summary>
    /// The bot with the sample roster, a team with a channel, the leader of 城关镇联络组 and the secretariat (who has the
    /// bot installed, so it can be told things); requests so far are forgotten.
    /// </summary>
    public static async Task<(BotHost Host, TestTeam Team, TestUser Leader, TestUser Office)> StartAsync()
    {
        var host = await BotHost.StartAsync(Settings);
        await host.ImportRosterAsync();
        var office = TestUser.Of(SampleRoster.Secretariat, host);
        await host.PostAsync(office.Installation("add"));
        await host.PostAsync(office.Install());
        host.Fake.ClearRequests();
        return (host, TestTeam.Create(host), TestUser.Of(SampleRoster.Leader, host), office);
    }

    public static async Task<JsonNode> ExecuteAsync(BotHost host, TestUser user, string verb, object data) =>
        await Sent.InvokeCardAsync(await host.PostAsync(user.Execute(verb, data)));

    /// <summary>The leader @mentions the bot with "link group" in the team's channel; returns the bot's reply card.</summary>
    public static async Task<JsonNode> LinkAsync(BotHost host, TestTeam team, TestUser leader)
    {
        var before = Sent.Replies(host.Fake, team.ChannelId).Count;
        var response = await host.PostAsync(team.Post(leader, leader.Locale.StartsWith("zh") ? "绑定小组" : "link group"));
        Assert.Equal(200, (int)response.StatusCode);
        return Sent.Card(Sent.Replies(host.Fake, team.ChannelId)[before]);
    }

    /// <summary>
    /// Previews a new report from the form (under a new id unless given), then presses Publish on the preview; returns the
    /// report id and the card after Publish.
    /// </summary>
    public static async Task<(string Id, JsonNode Card)> PublishAsync(BotHost host, TestUser author, Dictionary<string, string> form, string? group = null, string? id = null)
    {
        id ??= Guid.NewGuid().ToString("N");
        var data = new Dictionary<string, string>(form) { [ChannelReportVerbs.Id] = id };
        if (group is not null)
        {
            data[ChannelReportVerbs.Group] = group;
        }

        var preview = await ExecuteAsync(host, author, ChannelReportVerbs.Preview, data);
        return (id, await ExecuteAsync(host, author, ChannelReportVerbs.Publish, Sent.Data(preview, ChannelReportVerbs.Publish)));
    }

    /// <summary>Waits until the report is in the channel and marked published; returns the stored row.</summary>
    public static async Task<Azure.Data.Tables.TableEntity> PublishedAsync(BotHost host, string id)
    {
        Azure.Data.Tables.TableEntity? row = null;
        await Eventually.HoldsAsync(async () =>
        {
            row = (await host.RowsAsync(GroupReportStore.Table)).SingleOrDefault(r => r.RowKey == id);
            return row?.GetString("State") == nameof(GroupReportState.Published);
        }, "the report is posted and marked published");
        return row!;
    }
}
