using LiaisonBot.App;
using LiaisonBot.Features.Broadcasts;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Broadcasts;

/// <summary>Every secretariat verb, pressed by every other kind of user: refused, and nothing changes or is sent.</summary>
/// <remarks>The tests share one bot with a sent notice and a draft: each asserts that nothing changed, so none disturbs the next.</remarks>
public sealed class BroadcastRoleTests(SharedBotHost<BroadcastRoleTests> shared) : IClassFixture<SharedBotHost<BroadcastRoleTests>>, ISharedBotHost
{
    public static readonly TheoryData<string> SecretariatVerbs = new(
        BroadcastVerbs.Compose, BroadcastVerbs.List, BroadcastVerbs.Preview, BroadcastVerbs.Send, BroadcastVerbs.Edit, BroadcastVerbs.Update,
        BroadcastVerbs.Status, BroadcastVerbs.Detail, BroadcastVerbs.Remind, BroadcastVerbs.Recall, BroadcastVerbs.RecallConfirm, BroadcastVerbs.Cancel);

    private static readonly string SentId = Guid.NewGuid().ToString("N");
    private static readonly string DraftId = Guid.NewGuid().ToString("N");

    private readonly BotHost host = shared.ForNextTest();

    private TestUser Office => TestUser.For(SampleRoster.Secretariat, host.Fake.ServiceUrl, host.Fake.AppId, "zh-CN");

    public static async Task<BotHost> StartAsync()
    {
        var host = await BotHost.StartAsync(BroadcastTesting.Settings);
        await host.ImportRosterAsync();
        var office = TestUser.Of(SampleRoster.Secretariat, host);
        var fields = new Dictionary<string, string> { ["title"] = "通知", ["body"] = "正文", ["everyone"] = "true", ["ack"] = "true" };
        await host.PostAsync(office.Execute(BroadcastVerbs.Preview, new Dictionary<string, string>(fields) { ["id"] = SentId }));
        await host.PostAsync(office.Execute(BroadcastVerbs.Send, new { id = SentId }));
        await host.PostAsync(office.Execute(BroadcastVerbs.Preview, new Dictionary<string, string>(fields) { ["id"] = DraftId }));
        // Nobody has installed the app here, so the notice settles at once; wait for that before taking snapshots.
        await Eventually.HoldsAsync(async () => (await host.RowsAsync(BroadcastStore.Table)).Any(r => r.GetString("State") == "Sent"), "the notice is settled");
        return host;
    }

    [Theory]
    [MemberData(nameof(SecretariatVerbs))]
    public async Task OnlyTheSecretariat_MayUseBroadcastVerbs(string verb)
    {
        var people = new[]
        {
            TestUser.Of(SampleRoster.Member, host),                                                   // member
            TestUser.Of(SampleRoster.Leader, host),                                                   // leader and Standing Committee
            TestUser.Of(SampleRoster.Roster.WithRole(Roles.StandingCommittee).First(m => !m.Has(Roles.Leader)), host),
            TestUser.Stranger(host),                                                                  // not on the roster
        };
        var before = Snapshot(await host.RowsAsync(BroadcastStore.Table));
        host.Fake.ClearRequests();

        foreach (var person in people)
        {
            foreach (var id in new[] { SentId, DraftId })
            {
                var card = Sent.Text(await Sent.InvokeCardAsync(await host.PostAsync(person.Execute(verb,
                    new { id, title = "篡改", body = "篡改", everyone = "true", editing = "true" }))));
                Assert.True(card.Contains("只有办公室可以进行此操作") || card.Contains("您还不在委员名册中"), $"{verb} by {person.Name}: {card}");
            }
        }

        await Task.Delay(300); // anything wrongly queued would have gone out by now
        Assert.Equal(before, Snapshot(await host.RowsAsync(BroadcastStore.Table)));
        // Only the secretariat's own status card may be refreshed; nothing goes anywhere else.
        Assert.DoesNotContain(host.Fake.Requests, r => r.Method is "POST" or "PUT" or "DELETE" && r.ConversationId != Office.ConversationId);
    }

    private static List<string> Snapshot(IEnumerable<Azure.Data.Tables.TableEntity> rows) =>
        rows.Select(r => $"{r.RowKey}|{r.GetString("State")}|{r.GetString("Title")}|{r.GetInt32("Edits")}|{r.GetInt32("Reminders")}").Order().ToList();
}
