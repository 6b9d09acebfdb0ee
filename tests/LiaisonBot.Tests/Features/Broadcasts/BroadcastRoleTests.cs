using LiaisonBot.App;
using LiaisonBot.Features.Broadcasts;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Broadcasts;

/// <summary>Every secretariat verb, pressed by every other kind of user: refused, and nothing changes or is sent.</summary>
public sealed class BroadcastRoleTests : IAsyncLifetime
{
    public static readonly TheoryData<string> SecretariatVerbs = new(
        BroadcastVerbs.Compose, BroadcastVerbs.List, BroadcastVerbs.Preview, BroadcastVerbs.Send, BroadcastVerbs.Edit, BroadcastVerbs.Update,
        BroadcastVerbs.Status, BroadcastVerbs.Detail, BroadcastVerbs.Remind, BroadcastVerbs.Recall, BroadcastVerbs.RecallConfirm, BroadcastVerbs.Cancel);

    private BotHost host = null!;
    private string sentId = null!;
    private string draftId = null!;
    private TestUser office = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(BroadcastTesting.Settings);
        await host.ImportRosterAsync();
        office = TestUser.Of(SampleRoster.Secretariat, host);
        var fields = new Dictionary<string, string> { ["title"] = "通知", ["body"] = "正文", ["everyone"] = "true", ["ack"] = "true" };
        sentId = Guid.NewGuid().ToString("N");
        draftId = Guid.NewGuid().ToString("N");
        await host.PostAsync(office.Execute(BroadcastVerbs.Preview, new Dictionary<string, string>(fields) { ["id"] = sentId }));
        await host.PostAsync(office.Execute(BroadcastVerbs.Send, new { id = sentId }));
        await host.PostAsync(office.Execute(BroadcastVerbs.Preview, new Dictionary<string, string>(fields) { ["id"] = draftId }));
        // Nobody has installed the app here, so the notice settles at once; wait for that before taking snapshots.
        await Eventually.HoldsAsync(async () => (await host.RowsAsync(BroadcastStore.Table)).Any(r => r.GetString("State") == "Sent"), "the notice is settled");
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

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
            foreach (var id in new[] { sentId, draftId })
            {
                var card = Sent.Text(await Sent.InvokeCardAsync(await host.PostAsync(person.Execute(verb,
                    new { id, title = "篡改", body = "篡改", everyone = "true", editing = "true" }))));
                Assert.True(card.Contains("只有办公室可以进行此操作") || card.Contains("您还不在委员名册中"), $"{verb} by {person.Name}: {card}");
            }
        }

        await Task.Delay(300); // anything wrongly queued would have gone out by now
        Assert.Equal(before, Snapshot(await host.RowsAsync(BroadcastStore.Table)));
        // Only the secretariat's own status card may be refreshed; nothing goes anywhere else.
        Assert.DoesNotContain(host.Fake.Requests, r => r.Method is "POST" or "PUT" or "DELETE" && r.ConversationId != office.ConversationId);
    }

    private static List<string> Snapshot(IEnumerable<Azure.Data.Tables.TableEntity> rows) =>
        rows.Select(r => $"{r.RowKey}|{r.GetString("State")}|{r.GetString("Title")}|{r.GetInt32("Edits")}|{r.GetInt32("Reminders")}").Order().ToList();
}
