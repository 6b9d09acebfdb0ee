using System.Text.RegularExpressions;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Deploy;

/// <summary>docs/deploy.md names only settings that exist, so an operator who follows it sets nothing the bot ignores.</summary>
public sealed partial class DeployDocTests
{
    [Fact]
    public void EverySectionSetting_InTheDeployDoc_IsInEnvExample()
    {
        var doc = File.ReadAllText(RepoTools.PathOf("docs", "deploy.md"));
        var known = EnvExampleKey().Matches(File.ReadAllText(RepoTools.PathOf(".env.example")))
            .Select(m => WithoutIndex(m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

        var named = SectionSetting().Matches(doc).Select(m => WithoutIndex(m.Value)).Distinct().ToList();

        Assert.NotEmpty(named);
        Assert.All(named, name => Assert.Contains(name, known));
    }

    // A list's items (Bot__AllowedTenants__0, __1, …) are one setting: the list.
    private static string WithoutIndex(string key) => ListIndex().Replace(key, "");

    [GeneratedRegex(@"\b[A-Z][A-Za-z]*(?:__[A-Za-z0-9]+)+\b")]
    private static partial Regex SectionSetting();

    [GeneratedRegex(@"^#?\s*([A-Z][A-Za-z]*(?:__[A-Za-z0-9]+)+)=", RegexOptions.Multiline)]
    private static partial Regex EnvExampleKey();

    [GeneratedRegex(@"(__[0-9]+)+$")]
    private static partial Regex ListIndex();
}
