using LiaisonBot.Features.DutyFile.Points;
using LiaisonBot.Features.Roster;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.DutyFile.Points;

/// <summary><c>import-points-rules</c> from a shell: the sample workbook loaded as another year's, the year's points computed.</summary>
public sealed class ImportRulesCommandTests : IAsyncLifetime
{
    private BotHost host = null!;
    private string[] settings = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync();
        settings = host.StorageArguments();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task TheSampleRules_LoadAsTheYearGiven_AndEveryMembersPointsAreComputed_ABadFileChangesNothing()
    {
        Assert.Equal(0, await ImportRosterCommand.RunAsync([ImportRosterCommand.Name, RepoTools.PathOf("samples", "roster.csv"), .. settings]));
        Assert.Equal(1, await ImportRulesCommand.RunAsync([ImportRulesCommand.Name, RepoTools.PathOf("samples", "plans-2027.xlsx"), .. settings]));
        Assert.Empty(await host.RowsAsync(PointsRulesStore.Table));

        Assert.Equal(0, await ImportRulesCommand.RunAsync([ImportRulesCommand.Name, RepoTools.PathOf("samples", RulesTemplate.File), "2031", .. settings]));

        Assert.Equal("2031", Assert.Single(await host.RowsAsync(PointsRulesStore.Table)).PartitionKey);
        var points = await host.RowsAsync(DutyPointsStore.Table);
        Assert.Equal(SampleRoster.Roster.Members.Count(m => m.GroupCode is not null), points.Count);
        Assert.All(points, p => Assert.Equal(("2031", 0d), (p.PartitionKey, p.GetDouble("Total"))));
        Assert.Equal(2, await ImportRulesCommand.RunAsync([ImportRulesCommand.Name, "no-such-file.xlsx", .. settings]));
    }
}
