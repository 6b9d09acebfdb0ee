using LiaisonBot.App;
using LiaisonBot.Features.Plans;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Plans;

/// <summary>
/// Every plan verb pressed by every kind of user. Those the verb is not for are refused on the server, whatever the card
/// data says, and nothing is stored or sent; those it is for get past the check.
/// </summary>
public sealed class PlanRoleTests : IAsyncLifetime
{
    public enum Who { Member, Leader, StandingCommittee, Secretariat, Stranger }

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

    public static TheoryData<string, Who> Cases()
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

    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(PlanTesting.Settings());
        await host.ImportRosterAsync();
        await PlanTesting.ImportAsync(host, PlanTesting.Workbook());
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task OnlyThoseAVerbIsFor_GetPastTheRoleCheck(string verb, Who who)
    {
        var user = who switch
        {
            Who.Member => TestUser.Of(SampleRoster.Member, host),
            Who.Leader => TestUser.Of(SampleRoster.Leader, host),
            Who.StandingCommittee => TestUser.Of(SampleRoster.Roster.ByCode("M009")!, host), // T02, not a leader
            Who.Secretariat => TestUser.Of(SampleRoster.Secretariat, host),
            _ => TestUser.Stranger(host),
        };
        var before = await SnapshotAsync();

        // Card data aimed at another group's task, with everything a forger might add.
        var card = Sent.Text(await Sent.InvokeCardAsync(await host.PostAsync(user.Execute(verb, new
        {
            task = "2026-T01/3", group = "T01", year = "2026", etag = "*", status = "Done", percent = "100", title = "篡改", due = "2026-05-01", owners = "M004",
        }))));

        var refused = card.Contains("可以进行此操作") || card.Contains("您还不在委员名册中");
        Assert.Equal(!AllowedBy[verb].Contains(who), refused);
        if (refused)
        {
            Assert.Equal(before, await SnapshotAsync());
            Assert.DoesNotContain(host.Fake.Requests, r => r.Method is "POST" or "PUT" && r.Path.Contains("/activities", StringComparison.Ordinal));
        }
    }

    private async Task<List<string>> SnapshotAsync() =>
        [.. (await host.RowsAsync(PlanStore.PlansTable)).Concat(await host.RowsAsync(PlanStore.TasksTable)).Select(r => $"{r.PartitionKey}/{r.RowKey}/{r.ETag}").Order()];
}
