using LiaisonBot.App;
using LiaisonBot.Features.Plans;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Plans;

/// <summary>
/// Every plan verb pressed by every kind of user. Those the verb is not for are refused on the server, whatever the card
/// data says, and nothing is stored or sent; those it is for get past the check.
/// </summary>
/// <remarks>
/// The presses share one bot, since a refusal asserts that nothing changed and a read changes nothing; a write that gets
/// past the check changes the plan the other presses aim at, so each of those starts its own.
/// </remarks>
public sealed class PlanRoleTests(SharedBotHost<PlanRoleTests> shared) : IClassFixture<SharedBotHost<PlanRoleTests>>, ISharedBotHost
{
    private static readonly Dictionary<string, Who[]> AllowedBy = new()
    {
        [PlanVerbs.MyTasks] = [Who.Member, Who.Leader, Who.StandingCommittee],
        [PlanVerbs.Progress] = [Who.Member, Who.Leader, Who.StandingCommittee],
        [PlanVerbs.ProgressSave] = [Who.Member, Who.Leader, Who.StandingCommittee],
        [PlanVerbs.GroupPlan] = [Who.Leader],
        [PlanVerbs.Plans] = [Who.Secretariat],
        [PlanVerbs.View] = [Who.Secretariat],
        [PlanVerbs.Publish] = [Who.Secretariat],
        [PlanVerbs.EditTask] = [Who.Secretariat],
        [PlanVerbs.SaveTask] = [Who.Secretariat],
        [PlanVerbs.CancelTask] = [Who.Secretariat],
    };

    private static readonly string[] Writes = [PlanVerbs.ProgressSave, PlanVerbs.Publish, PlanVerbs.SaveTask, PlanVerbs.CancelTask];

    public static TheoryData<string, Who> RefusalsAndReads() => Cases(write: false);

    public static TheoryData<string, Who> AllowedWrites() => Cases(write: true);

    private static TheoryData<string, Who> Cases(bool write)
    {
        var data = new TheoryData<string, Who>();
        foreach (var verb in AllowedBy.Keys)
        {
            foreach (var who in Enum.GetValues<Who>().Where(w => (AllowedBy[verb].Contains(w) && Writes.Contains(verb)) == write))
            {
                data.Add(verb, who);
            }
        }

        return data;
    }

    public static async Task<BotHost> StartAsync()
    {
        var host = await BotHost.StartAsync(PlanTesting.Settings());
        await host.ImportRosterAsync();
        await PlanTesting.ImportAsync(host, PlanTesting.Workbook());
        return host;
    }

    [Theory]
    [MemberData(nameof(RefusalsAndReads))]
    public Task OnlyThoseAVerbIsFor_GetPastTheRoleCheck(string verb, Who who) => PressAsync(shared.ForNextTest(), verb, who);

    [Theory]
    [MemberData(nameof(AllowedWrites))]
    public async Task ThoseAWriteIsFor_GetPastTheRoleCheck(string verb, Who who)
    {
        await using var host = await StartAsync();
        await PressAsync(host, verb, who);
    }

    private static async Task PressAsync(BotHost host, string verb, Who who)
    {
        var user = who.User(host);
        var before = await SnapshotAsync(host);

        // Card data aimed at another group's task, with everything a forger might add.
        var card = Sent.Text(await Sent.InvokeCardAsync(await host.PostAsync(user.Execute(verb, new
        {
            task = "2026-T01/3",
            group = "T01",
            year = "2026",
            etag = "*",
            status = "Done",
            percent = "100",
            title = "篡改",
            due = "2026-05-01",
            owners = "M004",
        }))));

        var refused = card.Contains("可以进行此操作") || card.Contains("您还不在委员名册中");
        Assert.Equal(!AllowedBy[verb].Contains(who), refused);
        if (refused)
        {
            Assert.Equal(before, await SnapshotAsync(host));
            Assert.DoesNotContain(host.Fake.Requests, r => r.Method is "POST" or "PUT" && r.Path.Contains("/activities", StringComparison.Ordinal));
        }
    }

    private static Task<List<string>> SnapshotAsync(BotHost host) => host.SnapshotAsync(PlanStore.PlansTable, PlanStore.TasksTable);
}
