using LiaisonBot.Features.Assessment;
using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Assessment.Process;

/// <summary>
/// Every process verb pressed by every kind of user in an open year, with card data naming another group and filled
/// with valid input. Those the verb is not for are refused on the server and nothing is stored; those it is for get past
/// the check (a leader's self-evaluation always of their own group, see <see cref="SelfEvaluationTests"/>).
/// </summary>
public sealed class AssessmentRoleTests(SharedBotHost<AssessmentRoleTests> shared) : IClassFixture<SharedBotHost<AssessmentRoleTests>>, ISharedBotHost
{
    private static readonly Who[] Office = [Who.Secretariat];

    private static readonly Dictionary<string, Who[]> AllowedBy = new()
    {
        [AssessmentVerbs.Home] = [Who.Member, Who.Leader, Who.StandingCommittee, Who.Secretariat],
        [AssessmentVerbs.Self] = [Who.Leader],
        [AssessmentVerbs.SelfSave] = [Who.Leader],
        [AssessmentVerbs.SelfSubmit] = [Who.Leader],
        [AssessmentVerbs.Open] = Office,
        [AssessmentVerbs.OpenConfirm] = Office,
        [AssessmentVerbs.Review] = Office,
        [AssessmentVerbs.ReviewGroup] = Office,
        [AssessmentVerbs.ReviewSave] = Office,
        [AssessmentVerbs.Recompute] = Office,
        [AssessmentVerbs.Approve] = Office,
        [AssessmentVerbs.ApproveConfirm] = Office,
    };

    public static TheoryData<string, Who> Presses()
    {
        var data = new TheoryData<string, Who>();
        foreach (var verb in AllowedBy.Keys)
        {
            foreach (var who in Enum.GetValues<Who>())
            {
                data.Add(verb, who);
            }
        }

        return data;
    }

    public static async Task<BotHost> StartAsync()
    {
        var host = await AssessmentTesting.StartAsync();
        await new AssessmentTesting(host).OpenAsync();
        return host;
    }

    [Theory]
    [MemberData(nameof(Presses))]
    public async Task OnlyThoseAVerbIsFor_GetPastTheRoleCheck(string verb, Who who)
    {
        var a = new AssessmentTesting(shared.ForNextTest());
        var user = who.User(a.Host);
        var before = await a.Host.SnapshotAsync(AssessmentTesting.Tables);

        var card = Sent.Text(await a.ExecuteAsync(user, verb, a.Data(
            (AssessmentVerbs.Group, "T02"),
            (SelfForm.ClaimField("A2"), "0"), (SelfForm.ClaimField("B2"), "0"),
            (ReviewForm.AdjustField("B2"), "1"), (ReviewForm.ReasonField("B2"), "复核"),
            (ApproveForm.DecisionField, "x"), (ApproveForm.DateField, "not a date")))); // the year stays open for every press

        var refused = card.Contains("可以进行此操作") || card.Contains("您还不在委员名册中");
        Assert.Equal(!AllowedBy[verb].Contains(who), refused);
        if (refused)
        {
            Assert.Equal(before, await a.Host.SnapshotAsync(AssessmentTesting.Tables));
        }
    }
}
