using System.Diagnostics;

namespace LiaisonBot.Tests.Infrastructure;

/// <summary>Finds the repository root and runs the repo's scripts (node validators, package script) from it.</summary>
public static class RepoTools
{
    public static readonly string Root = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static Task<ToolResult> NodeAsync(string script, params string[] args) =>
        RunAsync("node", [PathOf(script), .. args], env: null);

    public static async Task<ToolResult> RunAsync(
        string fileName, IEnumerable<string> args, IDictionary<string, string>? env, int timeoutSeconds = 60)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        foreach (var (k, v) in env ?? new Dictionary<string, string>())
        {
            start.Environment[k] = v;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return new ToolResult(-1, $"{fileName} timed out after {timeoutSeconds}s\n{await stdout}{await stderr}");
        }
        return new ToolResult(process.ExitCode, await stdout + await stderr);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LiaisonBot.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"LiaisonBot.sln not found above {AppContext.BaseDirectory}");
    }
}

public sealed record ToolResult(int ExitCode, string Output);
