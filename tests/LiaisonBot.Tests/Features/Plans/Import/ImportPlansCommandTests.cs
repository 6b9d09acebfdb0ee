using System.Diagnostics;
using System.Globalization;
using LiaisonBot.App;
using LiaisonBot.Features.Plans;
using LiaisonBot.Features.Plans.Import;
using LiaisonBot.Features.Roster;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Plans.Import;

/// <summary>
/// The <c>import-roster</c> and <c>import-plans</c> verbs, run as the secretariat would from a shell; also as
/// <c>dotnet run --project src/LiaisonBot -- import-roster samples/roster.csv</c> runs them, in the project folder while
/// the shell stands at the repository root.
/// </summary>
public sealed class ImportPlansCommandTests : IAsyncLifetime
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

    [Fact]
    public async Task ARelativePath_ResolvesFromWhereTheUserStands()
    {
        var (code, _, error) = await RunAsync(["import-roster", Path.Combine("samples", "roster.csv"), .. settings]);

        Assert.True(code == 0, error);
        Assert.Contains(await host.RowsAsync(RosterStore.Table), r => r.RowKey == "pointer");
    }

    [Fact]
    public async Task AMissingFile_IsNamedInFull_AndNothingIsImported()
    {
        var (code, output, error) = await RunAsync(["import-plans", "no-such-plans.xlsx", .. settings]);

        Assert.Equal(2, code);
        Assert.Contains($"file not found: {Path.Combine(RepoTools.Root, "no-such-plans.xlsx")}", error);
        Assert.DoesNotContain("Usage", error + output);
        Assert.Empty(await host.RowsAsync(RosterStore.Table));
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoTools.PathOf("src", "LiaisonBot"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PWD"] = RepoTools.Root;
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["LANG"] = "en_US.UTF-8";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
