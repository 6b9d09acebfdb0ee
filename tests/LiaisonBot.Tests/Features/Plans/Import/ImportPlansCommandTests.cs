using System.Globalization;
using LiaisonBot.Features.Plans;
using LiaisonBot.Features.Plans.Import;
using LiaisonBot.Features.Roster;
using LiaisonBot.Storage;
using LiaisonBot.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Tests.Features.Plans.Import;

/// <summary>The <c>import-roster</c> and <c>import-plans</c> verbs, run as the secretariat would from a shell.</summary>
public sealed class ImportPlansCommandTests : IAsyncLifetime
{
    private BotHost host = null!;
    private string[] settings = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync();
        var storage = host.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        settings = [$"--Storage:ConnectionString={storage.ConnectionString}", $"--Storage:TablePrefix={storage.TablePrefix}"];
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task TheVerbs_LoadTheRosterAndThePlans_AndABadFileChangesNothing()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        try
        {
            Assert.Equal(0, await ImportRosterCommand.RunAsync([ImportRosterCommand.Name, RepoTools.PathOf("samples", "roster.csv"), .. settings]));
            Assert.Equal(1, await ImportPlansCommand.RunAsync([ImportPlansCommand.Name, RepoTools.PathOf("samples", "roster.csv"), .. settings]));
            Assert.Empty(await host.RowsAsync(PlanStore.PlansTable));

            Assert.Equal(0, await ImportPlansCommand.RunAsync([ImportPlansCommand.Name, RepoTools.PathOf("samples", "plans-2027.xlsx"), .. settings]));
            Assert.Equal(24, (await host.RowsAsync(PlanStore.PlansTable)).Count);
            Assert.Equal(2, await ImportPlansCommand.RunAsync([ImportPlansCommand.Name, "no-such-file.xlsx", .. settings]));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
