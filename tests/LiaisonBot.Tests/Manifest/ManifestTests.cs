using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Manifest;

public sealed partial class ManifestTests
{
    private const string ManifestPath = "manifest/manifest.json";
    private const string LocalizationPath = "manifest/zh-cn.json";

    // The bot command menu cuts titles longer than this, whatever the schema allows (128).
    private const int MaxCommandTitle = 32;

    [Fact]
    public async Task Manifest_AndLocalization_PassTheShippedTeamsSchema()
    {
        var result = await RepoTools.NodeAsync("tests/node/validate-manifest.js", ManifestPath, LocalizationPath);

        Assert.True(result.ExitCode == 0, result.Output);
    }

    [Theory]
    [InlineData("color", 192)]
    [InlineData("outline", 32)]
    public void Icon_HasTheSizeTeamsRequires(string icon, int size)
    {
        var file = RepoTools.PathOf("manifest", Manifest()["icons"]![icon]!.GetValue<string>());

        Assert.Equal((size, size), PngSize(File.ReadAllBytes(file)));
    }

    [Fact]
    public async Task OutlineIcon_IsWhiteOnTransparentOnly()
    {
        var file = RepoTools.PathOf("manifest", Manifest()["icons"]!["outline"]!.GetValue<string>());

        var result = await RepoTools.NodeAsync("tests/node/png-summary.js", file);

        Assert.True(result.ExitCode == 0, result.Output);
        var summary = JsonNode.Parse(result.Output)!;
        Assert.True(summary["nonWhiteVisible"]!.GetValue<int>() == 0, $"pixels that are neither white nor fully transparent: {result.Output}");
        Assert.True(summary["visible"]!.GetValue<int>() > 0, $"the outline icon is empty: {result.Output}");
    }

    [Fact]
    public async Task Package_HoldsManifestIconsAndLocalizationAtTheZipRoot_WithTheGivenBotId()
    {
        var appId = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
        var dir = Directory.CreateTempSubdirectory("liaisonbot-package-");
        try
        {
            var zipPath = Path.Combine(dir.FullName, "LiaisonBot.zip");
            var result = await RepoTools.RunAsync(
                "bash", [RepoTools.PathOf("scripts", "package-app.sh"), zipPath],
                new Dictionary<string, string> { ["MICROSOFT_APP_ID"] = appId });
            Assert.True(result.ExitCode == 0, result.Output);

            using var zip = ZipFile.OpenRead(zipPath);
            Assert.Equal(
                ["color.png", "manifest.json", "outline.png", "zh-cn.json"],
                zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
            using var manifest = zip.GetEntry("manifest.json")!.Open();
            var packaged = JsonNode.Parse(manifest)!;
            Assert.Equal(appId, packaged["bots"]![0]!["botId"]!.GetValue<string>());
            Assert.Equal(Manifest()["version"]!.GetValue<string>(), packaged["version"]!.GetValue<string>());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Version_IsSemver()
    {
        var version = Manifest()["version"]!.GetValue<string>();

        Assert.Matches(Semver(), version);
    }

    [Fact]
    public void CommandTitles_FitTheCommandMenu_InEveryLanguage()
    {
        var titles = Commands().Select(c => c.Title)
            .Concat(LocalizedCommandTitles().Select(t => t.Value))
            .ToList();

        Assert.NotEmpty(titles);
        Assert.All(titles, t => Assert.True(
            t.Length is > 0 and <= MaxCommandTitle, $"\"{t}\" has {t.Length} characters; the menu shows {MaxCommandTitle}"));
    }

    [Fact]
    public void Localization_GivesEveryCommandAChineseTitle()
    {
        var localized = LocalizedCommandTitles();

        Assert.All(Commands(), c => Assert.True(localized.ContainsKey(c.Key), $"zh-cn.json has no {c.Key} (\"{c.Title}\")"));
    }

    private static JsonNode Manifest() => ReadJson(ManifestPath);

    private static JsonNode ReadJson(string relativePath) =>
        JsonNode.Parse(File.ReadAllText(RepoTools.PathOf(relativePath)))!;

    // Each command with the localization key Teams uses for its title: bots[0].commandLists[i].commands[j].title
    private static List<(string Key, string Title)> Commands() =>
        Manifest()["bots"]![0]!["commandLists"]!.AsArray()
            .SelectMany((list, i) => list!["commands"]!.AsArray().Select((command, j) =>
                ($"bots[0].commandLists[{i}].commands[{j}].title", command!["title"]!.GetValue<string>())))
            .ToList();

    private static Dictionary<string, string> LocalizedCommandTitles() =>
        ReadJson(LocalizationPath).AsObject()
            .Where(p => p.Key.StartsWith("bots[0].commandLists[", StringComparison.Ordinal) && p.Key.EndsWith(".title", StringComparison.Ordinal))
            .ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());

    // Width and height from the IHDR chunk, which a PNG must start with: 8-byte signature, length, "IHDR", w, h.
    private static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.True(png.AsSpan(0, 8).SequenceEqual(PngSignature), "not a PNG");
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    // https://semver.org/#is-there-a-suggested-regular-expression-regex-to-check-a-semver-string
    [GeneratedRegex(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$")]
    private static partial Regex Semver();
}
