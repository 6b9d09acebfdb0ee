using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Features.Assessment.Scheme;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Assessment.Scheme;

/// <summary><c>import-assessment-scheme</c> from a shell: the sample scheme loaded as another year's, its dates moved with it.</summary>
public sealed class ImportSchemeCommandTests : IAsyncLifetime
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
    public async Task TheSampleScheme_LoadsAsTheYearGiven_ABadFileChangesNothing()
    {
        Assert.Equal(1, await ImportSchemeCommand.RunAsync([ImportSchemeCommand.Name, RepoTools.PathOf("samples", "plans-2027.xlsx"), .. settings]));
        Assert.Empty(await host.RowsAsync(AssessmentStore.Table));

        Assert.Equal(0, await ImportSchemeCommand.RunAsync([ImportSchemeCommand.Name, RepoTools.PathOf("samples", SchemeTemplate.File), "2031", .. settings]));

        var row = Assert.Single(await host.RowsAsync(AssessmentStore.Table));
        var scheme = AssessmentJson.Read<AssessmentScheme>(row.GetString("Scheme"))!;
        Assert.Equal(("2031", nameof(AssessmentState.Scheme)), (row.RowKey, row.GetString("State")));
        Assert.Equal((2031, "2031年度联络组考核", new DateOnly(2031, 12, 31), new DateOnly(2031, 3, 31)),
            (scheme.Year, scheme.Title, scheme.Deadline, scheme.Item("plan_on_time")!.By));
        Assert.Equal(2, await ImportSchemeCommand.RunAsync([ImportSchemeCommand.Name, "no-such-file.xlsx", .. settings]));
    }
}
