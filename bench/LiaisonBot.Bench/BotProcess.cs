using System.Diagnostics;

namespace LiaisonBot.Bench;

/// <summary>The bot as its own process (so its memory is its own), started from the built dll.</summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process process;

    private BotProcess(Process process, Uri url)
    {
        this.process = process;
        Url = url;
    }

    public Uri Url { get; }

    public static async Task<BotProcess> StartAsync(string dll, int port, IReadOnlyDictionary<string, string?> settings)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["Bot__PublicBaseUrl"] = $"http://127.0.0.1:{port}"; // Production needs it: every link the bot hands out starts with it
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__")] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the bot");
        // The bot logs warnings and errors only (Logging:LogLevel:Default): any of them during a run is worth seeing.
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("bot: " + e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("bot: " + e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var url = new Uri($"http://127.0.0.1:{port}/");
        using var http = new HttpClient();
        for (var i = 0; i < 300; i++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the bot exited with {process.ExitCode}");
            }

            try
            {
                if ((await http.GetAsync(new Uri(url, "health/ready"))).IsSuccessStatusCode)
                {
                    return new BotProcess(process, url);
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the bot did not become healthy");
    }

    /// <summary>Peak resident set size so far (VmHWM), in MiB.</summary>
    public double PeakRssMiB() => Kib("VmHWM") / 1024.0;

    /// <summary>CPU time the bot has used so far (user + system).</summary>
    public TimeSpan CpuTime() => ProcessCpu.Of(process.Id);

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private long Kib(string field) =>
        File.ReadLines($"/proc/{process.Id}/status").Where(l => l.StartsWith(field + ":", StringComparison.Ordinal))
            .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1])).Single();
}
