using System.Diagnostics;
using System.Text.RegularExpressions;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.EndToEnd;

/// <summary>The Microsoft 365 Agents Playground (npm), started with the sample users and pointed at a bot endpoint.</summary>
public sealed partial class AgentsPlayground : IAsyncDisposable
{
    private readonly Process process;

    private AgentsPlayground(Process process, Uri url)
    {
        this.process = process;
        Url = url;
    }

    public Uri Url { get; }

    public static async Task<AgentsPlayground> StartAsync(string botEndpoint)
    {
        var folder = Directory.CreateTempSubdirectory("playground-").FullName;
        File.Copy(RepoTools.PathOf("samples", "m365agentsplayground.yml"), Path.Combine(folder, ".m365agentsplayground.yml"));
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["TEAMSAPPTESTER_BROWSER"] = "none" },
        };
        foreach (var arg in new[] { RepoTools.PathOf("node_modules", "@microsoft", "m365agentsplayground", "cli.js"),
                     "-e", botEndpoint, "-c", "msteams", "-p", "0", "--disable-telemetry" })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the Agents Playground.");
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null && Listening().Match(e.Data) is { Success: true } m)
            {
                listening.TrySetResult(int.Parse(m.Groups[1].Value));
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var port = await listening.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var url = new Uri($"http://127.0.0.1:{port}/");

        using var http = new HttpClient();
        for (var i = 0; ; i++)
        {
            // A bad config still prints "Listening" and then exits: the ping proves it is really up.
            try
            {
                if ((await http.GetStringAsync(new Uri(url, "_debug/ping"))).Contains("pong"))
                {
                    return new AgentsPlayground(process, url);
                }
            }
            catch (HttpRequestException) when (i < 100 && !process.HasExited)
            {
            }

            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex Listening();
}
