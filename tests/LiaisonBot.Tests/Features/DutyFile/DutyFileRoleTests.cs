using LiaisonBot.Features.DutyFile;
using LiaisonBot.Features.DutyFile.Exports;
using LiaisonBot.Features.DutyFile.Points;
using LiaisonBot.Tests.Features.DutyFile.Points;
using LiaisonBot.Tests.Features.Reports;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.DutyFile;

/// <summary>
/// Every duty file and points verb pressed by every kind of user, with card data naming another group and another year.
/// Those the verb is not for are refused on the server and nothing is stored (no points recomputed, no download link
/// made); those it is for get past the check.
/// </summary>
public sealed class DutyFileRoleTests(SharedBotHost<DutyFileRoleTests> shared) : IClassFixture<SharedBotHost<DutyFileRoleTests>>, ISharedBotHost
{
    private static readonly Who[] Members = [Who.Member, Who.Leader, Who.StandingCommittee];

    private static readonly Dictionary<string, Who[]> AllowedBy = new()
    {
        [DutyFileVerbs.Mine] = Members,
        [DutyFileVerbs.Print] = Members,
        [DutyFileVerbs.Points] = [Who.Leader, Who.Secretariat],
        [DutyFileVerbs.Rules] = [Who.Secretariat],
        [DutyFileVerbs.Recompute] = [Who.Secretariat],
        [DutyFileVerbs.Export] = [Who.Secretariat],
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
        var host = await BotHost.StartAsync(new Dictionary<string, string?> { ["Uploads:DownloadHosts:0"] = "127.0.0.1" });
        await host.ImportRosterAsync();
        var office = TestUser.Of(SampleRoster.Secretariat, host);
        var rules = RulesTemplate.Workbook(RulesTemplate.Expected with { Year = ReportSamples.Today.Year });
        await host.PostAsync(office.Attach("积分规则.xlsx", host.Fake.AddFile(rules)));
        return host;
    }

    [Theory]
    [MemberData(nameof(Presses))]
    public async Task OnlyThoseAVerbIsFor_GetPastTheRoleCheck(string verb, Who who)
    {
        var host = shared.ForNextTest();
        var user = who.User(host);
        var before = await SnapshotAsync(host);

        var card = Sent.Text(await Sent.InvokeCardAsync(await host.PostAsync(user.Execute(verb, new
        {
            year = $"{ReportSamples.Today.Year - 1}",
            group = "T02",
            grade = "优秀",
            below = "true",
            page = "3",
            member = "M007",
        }))));

        var refused = card.Contains("可以进行此操作") || card.Contains("您还不在委员名册中");
        Assert.Equal(!AllowedBy[verb].Contains(who), refused);
        if (refused)
        {
            Assert.Equal(before, await SnapshotAsync(host));
        }
    }

    private static Task<List<string>> SnapshotAsync(BotHost host) => host.SnapshotAsync(DutyPointsStore.Table, PointsDownloads.Table);
}
