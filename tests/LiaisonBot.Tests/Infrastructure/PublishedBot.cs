using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace LiaisonBot.Tests.Infrastructure;

/// <summary>
/// The bot as an operator runs it: <c>dotnet publish</c>'s output started as its own process with environment
/// variables only, nothing injected. What it prints is kept for the failure message.
/// </summary>
public sealed class PublishedBot : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output;

    private PublishedBot(Process process, ConcurrentQueue<string> output, Uri url)
    {
        this.process = process;
        this.output = output;
        Url = url;
    }

    public Uri Url { get; }

    /// <summary>Everything the bot printed so far.</summary>
    public string Output => string.Join('\n', output);

    /// <summary>Publishes the built bot (Release, no build) into a new directory and returns the dll's path.</summary>
    public static async Task<string> PublishAsync(DirectoryInfo into)
    {
        var result = await RepoTools.RunAsync("dotnet",
            ["publish", RepoTools.PathOf("src", "LiaisonBot", "LiaisonBot.csproj"), "-c", "Release", "--no-build", "--nologo", "-o", into.FullName],
            env: null, timeoutSeconds: 300);
        Assert.True(result.ExitCode == 0, "dotnet publish failed:\n" + result.Output);
        return Path.Combine(into.FullName, "LiaisonBot.dll");
    }

    /// <summary>Starts the published dll with these environment variables and waits until it answers /health/ready.</summary>
    public static async Task<PublishedBot> StartAsync(string dll, IReadOnlyDictionary<string, string> environment)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        start.WorkingDirectory = Path.GetDirectoryName(dll)!;
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the published bot");
        var output = new ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { output.Enqueue(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { output.Enqueue(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var bot = new PublishedBot(process, output, new Uri($"http://127.0.0.1:{port}/"));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the published bot exited with {process.ExitCode}:\n{bot.Output}");
            }

            try
            {
                if ((await http.GetAsync(new Uri(bot.Url, "health/ready"))).StatusCode == HttpStatusCode.OK)
                {
                    return bot;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        await bot.DisposeAsync();
        throw new TimeoutException("the published bot did not become ready:\n" + bot.Output);
    }

    /// <summary>Runs the published dll to its end (a command-line verb, or a start that should fail), with the same kind of environment.</summary>
    public static Task<ToolResult> RunAsync(string dll, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RepoTools.RunAsync("dotnet", [dll, .. args], environment.ToDictionary(), timeoutSeconds: 120);

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
