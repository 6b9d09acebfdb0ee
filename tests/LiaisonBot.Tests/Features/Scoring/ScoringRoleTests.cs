using LiaisonBot.App;
using LiaisonBot.Features.Scoring;
using LiaisonBot.Features.Scoring.Ballots;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Scoring;

/// <summary>Every scoring verb, pressed by everyone who may not use it: refused, and nothing changes or is sent.</summary>
/// <remarks>
/// The tests share one bot with an open round and one scorer's ballot: each asserts that its presses changed nothing
/// (or only reads), so none disturbs the next.
/// </remarks>
public sealed class ScoringRoleTests : IClassFixture<SharedBotHost<ScoringRoleTests>>, ISharedBotHost
{
    public static readonly TheoryData<string> SecretariatVerbs = new(
        ScoringVerbs.New, ScoringVerbs.Open, ScoringVerbs.Status, ScoringVerbs.Turnout, ScoringVerbs.Remind, ScoringVerbs.Close, ScoringVerbs.CloseConfirm);

    public static readonly TheoryData<string> ScorerVerbs = new(ScoringVerbs.Mine, ScoringVerbs.Page, ScoringVerbs.Save);

    public static readonly TheoryData<string> ResultVerbs = new(ScoringVerbs.Results, ScoringVerbs.Home);

    private static readonly Member StandingCommitteeOnly = SampleRoster.Roster.ByCode("M009")!;
    private static readonly Member LeaderNotOnStandingCommittee = SampleRoster.Roster.ByCode("M007")!;
    private static readonly string OpenId = Guid.NewGuid().ToString("N");

    private readonly BotHost host;
    private readonly ScoringTesting s;

    public ScoringRoleTests(SharedBotHost<ScoringRoleTests> shared)
    {
        host = shared.ForNextTest();
        s = new ScoringTesting(host);
    }

    public static async Task<BotHost> StartAsync()
    {
        var host = await BotHost.StartAsync(ScoringTesting.Settings());
        await host.ImportRosterAsync();
        var s = new ScoringTesting(host);
        await s.OpenRoundAsync(ScoringTesting.RoundFields(groups: "T02,T03"), OpenId);
        await s.SaveAsync(TestUser.Of(StandingCommitteeOnly, host), OpenId, 0, new Dictionary<string, Scores> { ["T03"] = new(20, 20, 20, 20) });
        return host;
    }

    [Theory]
    [MemberData(nameof(SecretariatVerbs))]
    public Task OnlyTheSecretariat_MayOpenFollowRemindAndClose(string verb) =>
        RefusedAsync(verb, "只有办公室可以进行此操作",
            TestUser.Of(SampleRoster.Member, host), TestUser.Of(LeaderNotOnStandingCommittee, host),
            TestUser.Of(StandingCommitteeOnly, host), TestUser.Of(SampleRoster.Leader, host), TestUser.Stranger(host));

    [Theory]
    [MemberData(nameof(ScorerVerbs))]
    public Task OnlyTheStandingCommittee_MayScore(string verb) =>
        RefusedAsync(verb, "只有常委可以进行此操作",
            TestUser.Of(SampleRoster.Member, host), TestUser.Of(LeaderNotOnStandingCommittee, host), s.Office, TestUser.Stranger(host));

    [Theory]
    [MemberData(nameof(ResultVerbs))]
    public Task OnlyTheSecretariatAndTheStandingCommittee_SeeResults(string verb) =>
        RefusedAsync(verb, "只有常委或办公室可以进行此操作",
            TestUser.Of(SampleRoster.Member, host), TestUser.Of(LeaderNotOnStandingCommittee, host), TestUser.Stranger(host));

    [Fact]
    public async Task TheStandingCommittee_CannotReadTurnoutOrTotals_AndTheSecretariatCannotScore()
    {
        var sc = TestUser.Of(StandingCommitteeOnly, host);
        Assert.Contains("只有办公室可以进行此操作", Sent.Text(await s.ExecuteAsync(sc, ScoringVerbs.Turnout, new { id = OpenId })));
        var home = Sent.Text(await s.ExecuteAsync(sc, ScoringVerbs.Home, new { }));
        Assert.Contains("已评 1/2 个组", home);

        var office = Sent.Text(await s.SaveAsync(s.Office, OpenId, 0, new Dictionary<string, Scores> { ["T02"] = new(25, 25, 25, 25) }));
        Assert.Contains("只有常委可以进行此操作", office);
        Assert.Equal(["p.M009.T03", "s.M009"], (await host.RowsAsync(BallotBox.Table)).Select(r => r.RowKey).Where(k => k != BallotBoxKeys.Gate).Order());
    }

    private async Task RefusedAsync(string verb, string refusal, params TestUser[] people)
    {
        var tables = new[] { ScoringStore.Table, BallotBox.Table, BallotStore.Table };
        var before = await ScoringTesting.SnapshotAsync(host, tables);
        host.Fake.ClearRequests();
        var data = new Dictionary<string, string>(ScoringTesting.RoundFields())
        {
            [ScoringVerbs.Id] = OpenId,
            [ScoringVerbs.PageNumber] = "0",
            [ScoringVerbs.Reminder] = "1",
            ["scorer"] = StandingCommitteeOnly.Code,
            [Criteria.FieldId("T02", Criterion.Ideas)] = "25",
            [Criteria.FieldId("T02", Criterion.Measures)] = "25",
            [Criteria.FieldId("T02", Criterion.Methods)] = "25",
            [Criteria.FieldId("T02", Criterion.Effect)] = "25",
        };

        foreach (var person in people)
        {
            var card = Sent.Text(await s.ExecuteAsync(person, verb, data));
            Assert.True(card.Contains(refusal) || card.Contains("您还不在委员名册中"), $"{verb} by {person.Name}: {card}");
        }

        await Task.Delay(300); // anything wrongly queued would have gone out by now
        Assert.Equal(before, await ScoringTesting.SnapshotAsync(host, tables));
        Assert.DoesNotContain(host.Fake.Requests, r => r.Method is "POST" or "PUT" or "DELETE");
    }
}
