using System.Reflection;
using System.Text.Json.Nodes;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Deploy;

/// <summary>
/// The Bicep CLI restored from NuGet (the test project's PackageDownload), run on a copy of infra/ so nothing it writes
/// lands in the repository.
/// </summary>
public static class Bicep
{
    private static readonly string Executable = Path.Combine(
        typeof(Bicep).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Bicep").Value!,
        "tools", "bicep");

    public static Task<ToolResult> RunAsync(params string[] args) =>
        RepoTools.RunAsync(Executable, args, env: null, timeoutSeconds: 180);

    /// <summary>A throw-away copy of infra/ with one more parameters file in it.</summary>
    public static DirectoryInfo CopyOfInfra(string parametersFile, string parameters)
    {
        var dir = Directory.CreateTempSubdirectory("liaisonbot-infra-");
        foreach (var file in Directory.EnumerateFiles(RepoTools.PathOf("infra"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(dir.FullName, Path.GetRelativePath(RepoTools.PathOf("infra"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.WriteAllText(Path.Combine(dir.FullName, parametersFile), parameters);
        return dir;
    }

    /// <summary>
    /// The resources a deployment with these parameters would create, every module expanded and every expression that
    /// needs no deployed resource evaluated (bicep snapshot).
    /// </summary>
    public static async Task<JsonArray> PredictAsync(string parameters)
    {
        var dir = CopyOfInfra("test.bicepparam", parameters);
        try
        {
            var result = await RunAsync(
                "snapshot", Path.Combine(dir.FullName, "test.bicepparam"),
                "--subscription-id", "5f1d2c3b-0000-4000-8000-000000000001",
                "--tenant-id", "5f1d2c3b-0000-4000-8000-000000000002",
                "--resource-group", "rg-liaisonbot",
                "--location", "chinanorth3");
            Assert.True(result.ExitCode == 0, result.Output);
            var snapshot = JsonNode.Parse(File.ReadAllText(Path.Combine(dir.FullName, "test.snapshot.json")))!;
            return snapshot["predictedResources"]!.AsArray();
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
