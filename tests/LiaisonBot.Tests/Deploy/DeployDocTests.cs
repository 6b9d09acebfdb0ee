using System.Security.Cryptography.X509Certificates;
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

    [Fact]
    public async Task KeyRingCertificateRecipe_MakesAPemWithItsEncryptedKey_AndAPfxToArchive()
    {
        var doc = File.ReadAllText(RepoTools.PathOf("docs", "deploy.md"));
        var section = doc[doc.IndexOf("## 4. The key ring certificate", StringComparison.Ordinal)..];
        var recipe = BashBlock().Match(section).Groups[1].Value;
        var dir = Directory.CreateTempSubdirectory("liaisonbot-keyring-");
        try
        {
            var result = await RepoTools.RunAsync("bash", ["-euc", $"cd '{dir.FullName}'\n{recipe}"], env: null);
            Assert.True(result.ExitCode == 0, result.Output);
            // The recipe prints the password for the operator to store: its one line on stdout, which Output puts first.
            var password = result.Output.Split('\n')[0];

            Assert.Equal(["keyring.pem", "keyring.pfx"], dir.EnumerateFiles().Select(f => f.Name).Order(StringComparer.Ordinal));
            using var pem = X509Certificate2.CreateFromEncryptedPemFile(Path.Combine(dir.FullName, "keyring.pem"), password);
            using var pfx = X509CertificateLoader.LoadPkcs12FromFile(Path.Combine(dir.FullName, "keyring.pfx"), password);
            Assert.True(pem.HasPrivateKey);
            Assert.True(pfx.HasPrivateKey);
            Assert.Equal(pem.Thumbprint, pfx.Thumbprint);
            Assert.DoesNotContain("BEGIN PRIVATE KEY", File.ReadAllText(Path.Combine(dir.FullName, "keyring.pem")), StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    // A list's items (Bot__AllowedTenants__0, __1, …) are one setting: the list.
    private static string WithoutIndex(string key) => ListIndex().Replace(key, "");

    [GeneratedRegex(@"\b[A-Z][A-Za-z]*(?:__[A-Za-z0-9]+)+\b")]
    private static partial Regex SectionSetting();

    [GeneratedRegex(@"^#?\s*([A-Z][A-Za-z]*(?:__[A-Za-z0-9]+)+)=", RegexOptions.Multiline)]
    private static partial Regex EnvExampleKey();

    [GeneratedRegex(@"```bash\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex BashBlock();

    [GeneratedRegex(@"(__[0-9]+)+$")]
    private static partial Regex ListIndex();
}
