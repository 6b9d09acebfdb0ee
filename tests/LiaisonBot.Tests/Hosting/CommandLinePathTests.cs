using System.Diagnostics;
using LiaisonBot.App;
using LiaisonBot.Storage;
using LiaisonBot.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Tests.Hosting;

/// <summary>
/// The CLI verbs as <c>dotnet run --project src/LiaisonBot -- import-roster samples/roster.csv</c> runs them: the
/// program starts in the project folder while the shell stands at the repository root.
/// </summary>
public sealed class CommandLinePathTests : IAsyncLifetime
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
