using LiaisonBot.Features.ChannelReports;
using LiaisonBot.Features.ChannelReports.Links;
using LiaisonBot.Tests.Infrastructure;
using static LiaisonBot.Tests.Features.ChannelReports.ChannelReportTesting;

namespace LiaisonBot.Tests.Features.ChannelReports;

/// <summary>
/// Every verb of group reports and channel links, pressed by everyone who must not use it — a member, another group's
/// leader (naming the group in the card data, as a forged card would), someone not on the roster: a clear refusal, and
/// nothing changes or is posted.
/// </summary>
/// <remarks>
/// The tests share one bot with a linked channel, a published report, a draft and a pending correction: each asserts
/// that its presses changed nothing (or only reads), so none disturbs the next.
/// </remarks>
public sealed class GroupReportRoleTests : IClassFixture<SharedBotHost<GroupReportRoleTests>>, ISharedBotHost
{
    public static readonly TheoryData<string> WriterVerbs = new(
        ChannelReportVerbs.Compose, ChannelReportVerbs.Ours, ChannelReportVerbs.Save, ChannelReportVerbs.Preview, ChannelReportVerbs.Publish,
        ChannelReportVerbs.Open, ChannelReportVerbs.Edit, ChannelReportVerbs.Correct, ChannelReportVerbs.History);

    public static readonly TheoryData<string> SecretariatVerbs = new(
        ChannelReportVerbs.Overview, ChannelReportVerbs.Channels, ChannelReportVerbs.Unlink, ChannelReportVerbs.UnlinkConfirm);

    private static readonly string PublishedId = Guid.NewGuid().ToString("N");
    private static readonly string DraftId = Guid.NewGuid().ToString("N");

    private readonly BotHost host;
    private readonly TestUser leader;

    public GroupReportRoleTests(SharedBotHost<GroupReportRoleTests> shared)
    {
        host = shared.ForNextTest();
        leader = TestUser.Of(SampleRoster.Leader, host);
    }

    public static async Task<BotHost> StartAsync()
    {
        var (host, team, leader, _) = await ChannelReportTesting.StartAsync();
        await LinkAsync(host, team, leader);
        await PublishAsync(host, leader, ChannelReportSamples.Form(), id: PublishedId);
        await PublishedAsync(host, PublishedId);
        await ExecuteAsync(host, leader, ChannelReportVerbs.Save, new Dictionary<string, string>(ChannelReportSamples.Form()) { [ChannelReportVerbs.Id] = DraftId });
        // A pending correction, so that a Correct press by someone else would have something to apply.
        var edit = await ExecuteAsync(host, leader, ChannelReportVerbs.Edit, new { group = "T01", id = PublishedId });
        await ExecuteAsync(host, leader, ChannelReportVerbs.Preview, new Dictionary<string, string>(Sent.Data(edit, ChannelReportVerbs.Preview))
        {
            [GroupReportForm.Title] = "改",
            [GroupReportForm.From] = ChannelReportSamples.Form()[GroupReportForm.From],
            [GroupReportForm.To] = ChannelReportSamples.Form()[GroupReportForm.To],
            [GroupReportForm.WorkDone] = "改",
        });
        return host;
    }

    [Theory]
    [MemberData(nameof(WriterVerbs))]
    public async Task OnlyTheGroupsLeaderAndTheSecretariat_MayWriteForTheGroup(string verb)
    {
        var otherLeader = TestUser.Of(SampleRoster.Roster.ByCode("M007")!, host);
        var refusals = new Dictionary<TestUser, string>
        {
            [TestUser.Of(SampleRoster.Member, host)] = "只有组长或办公室可以进行此操作",
            [otherLeader] = "您是河口镇联络组的组长，只能撰写和发布本组的报告",
            [TestUser.Stranger(host)] = "您还不在委员名册中",
        };

        await ExpectNothingChangesAsync(async () =>
        {
            foreach (var (person, refusal) in refusals)
            {
                foreach (var id in new[] { PublishedId, DraftId })
                {
                    var data = new Dictionary<string, string>(ChannelReportSamples.Form(title: "篡改"))
                    {
                        [ChannelReportVerbs.Group] = "T01",
                        [ChannelReportVerbs.Id] = id,
                        [ChannelReportVerbs.ETag] = "W/\"x\"",
                        [ChannelReportVerbs.Correcting] = "true",
                    };
                    var card = Sent.Text(await ExecuteAsync(host, person, verb, data));
                    Assert.True(card.Contains(refusal), $"{verb} by {person.Name}: {card}");
                }
            }
        });
    }

    [Theory]
    [MemberData(nameof(SecretariatVerbs))]
    public async Task OnlyTheSecretariat_MaySeeEveryGroup_AndUnlink(string verb)
    {
        var people = new[] { TestUser.Of(SampleRoster.Member, host), leader, TestUser.Stranger(host) };

        await ExpectNothingChangesAsync(async () =>
        {
            foreach (var person in people)
            {
                var card = Sent.Text(await ExecuteAsync(host, person, verb, new { group = "T01" }));
                Assert.True(card.Contains("只有办公室可以进行此操作") || card.Contains("您还不在委员名册中"), $"{verb} by {person.Name}: {card}");
            }
        });
    }

    [Fact]
    public async Task APublishedReport_IsReadableByAnyMember_ButADraftIsNot()
    {
        var member = TestUser.Of(SampleRoster.Member, host);
        var outsider = TestUser.Of(SampleRoster.Roster.MembersOf("A01").First(), host);

        var published = Sent.Text(await ExecuteAsync(host, outsider, ChannelReportVerbs.Full, new { group = "T01", id = PublishedId }));
        var summary = Sent.Text(await ExecuteAsync(host, member, ChannelReportVerbs.Summary, new { group = "T01", id = PublishedId }));
        var draft = Sent.Text(await ExecuteAsync(host, member, ChannelReportVerbs.Full, new { group = "T01", id = DraftId }));
        var stranger = Sent.Text(await ExecuteAsync(host, TestUser.Stranger(host), ChannelReportVerbs.Full, new { group = "T01", id = PublishedId }));

        Assert.Contains("第 1/1 页", published);
        Assert.Contains("阅读全文", summary);
        Assert.Contains("找不到此报告，或您无权打开", draft);
        Assert.Contains("您还不在委员名册中", stranger);
    }

    /// <summary>Runs the presses, then checks that no report, link or pending correction changed and nothing went out.</summary>
    private async Task ExpectNothingChangesAsync(Func<Task> presses)
    {
        var before = await SnapshotAsync();
        host.Fake.ClearRequests();

        await presses();

        await Task.Delay(300); // anything wrongly queued would have gone out by now
        Assert.Equal(before, await SnapshotAsync());
        Assert.DoesNotContain(host.Fake.Requests, r => r.Method is "POST" or "PUT" or "DELETE" && r.ConversationId?.StartsWith("19:") == true);
    }

    private Task<List<string>> SnapshotAsync() => host.SnapshotAsync(GroupReportStore.Table, ChannelLinkStore.Table);
}
