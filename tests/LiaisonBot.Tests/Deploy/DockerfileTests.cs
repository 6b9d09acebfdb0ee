using System.Text.RegularExpressions;
using System.Xml.Linq;
using LiaisonBot.Pdf;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Deploy;

/// <summary>The container image's recipe. No image is built here (no Docker daemon, no registry access): it is linted and read.</summary>
public sealed partial class DockerfileTests
{
    private static readonly string Dockerfile = File.ReadAllText(RepoTools.PathOf("Dockerfile"));

    [Fact]
    public async Task Dockerfile_PassesTheLinter()
    {
        var result = await RepoTools.NodeAsync("tests/node/lint-dockerfile.js", RepoTools.PathOf("Dockerfile"));

        Assert.True(result.ExitCode == 0, result.Output);
    }

    [Fact]
    public void Image_BuildsWithLockedRestore_AndRunsOnTheAspNetRuntime_AsNonRoot()
    {
        Assert.Equal(
            ["mcr.microsoft.com/dotnet/sdk:10.0 AS build", "mcr.microsoft.com/dotnet/aspnet:10.0"],
            From().Matches(Dockerfile).Select(m => m.Groups[1].Value.Trim()));
        Assert.Contains("dotnet restore src/LiaisonBot/LiaisonBot.csproj --locked-mode", Dockerfile, StringComparison.Ordinal);
        Assert.Equal("USER $APP_UID", Dockerfile.Split('\n').Last(l => l.StartsWith("USER ", StringComparison.Ordinal)).Trim());
        Assert.Contains("ASPNETCORE_ENVIRONMENT=Production", Dockerfile, StringComparison.Ordinal);
        // The port the template's ingress and probes use (InfraTemplateTests).
        Assert.Contains("ASPNETCORE_HTTP_PORTS=8080", Dockerfile, StringComparison.Ordinal);
    }

    [Fact]
    public void Image_HasTheFontPdfsAreDrawnIn()
    {
        Assert.Matches(@"apt-get install [^\n]*fonts-noto-cjk", Dockerfile);
        // Where Debian's fonts-noto-cjk puts the collection.
        Assert.StartsWith("/usr/share/fonts/opentype/noto/", PdfFont.NotoSansCjk, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildContext_HoldsEveryFileThePublishCopiesFromOutsideSrc()
    {
        var project = XDocument.Load(RepoTools.PathOf("src", "LiaisonBot", "LiaisonBot.csproj"));
        var outside = project.Descendants("Content")
            .Select(c => c.Attribute("Include")!.Value)
            .Where(p => p.StartsWith("../../", StringComparison.Ordinal))
            .Select(p => p["../../".Length..].Split('/')[0])
            .Distinct()
            .ToList();

        Assert.NotEmpty(outside);
        Assert.All(outside, dir => Assert.Contains($"COPY {dir}/ {dir}/", Dockerfile, StringComparison.Ordinal));
        var ignored = File.ReadAllLines(RepoTools.PathOf(".dockerignore"));
        Assert.All(outside, dir => Assert.DoesNotContain($"{dir}/", ignored));
    }

    [GeneratedRegex(@"^FROM (.+)$", RegexOptions.Multiline)]
    private static partial Regex From();
}
