using System.Text.Json.Nodes;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Deploy;

/// <summary>infra/main.bicep: it compiles without a warning, and what it would deploy is what docs/deploy.md promises.</summary>
public sealed class InfraTemplateTests : IClassFixture<InfraTemplateTests.Deployment>
{
    private const string TenantA = "0b6f1a52-7d3c-4e8a-9a61-2f0c5e1d4b21";
    private const string TenantB = "7c2e9d14-3b5a-4f6e-8d07-1a9b3c5e7f92";

    private readonly JsonArray _resources;

    public InfraTemplateTests(Deployment deployment) => _resources = deployment.Resources;

    [Theory]
    [InlineData("build")]
    [InlineData("lint")]
    public async Task Template_CompilesWithoutWarnings(string verb)
    {
        var dir = Bicep.CopyOfInfra("unused.txt", "");
        try
        {
            var result = await Bicep.RunAsync(verb, Path.Combine(dir.FullName, "main.bicep"));

            Assert.True(result.ExitCode == 0, result.Output);
            Assert.DoesNotContain("Warning", result.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("Error", result.Output, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task ExampleParameters_CompileAgainstTheTemplate()
    {
        var dir = Bicep.CopyOfInfra("unused.txt", "");
        try
        {
            var result = await Bicep.RunAsync("build-params", Path.Combine(dir.FullName, "main.example.bicepparam"));

            Assert.True(result.ExitCode == 0, result.Output);
            Assert.DoesNotContain("Warning", result.Output, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void StorageAccount_TakesNoSharedKey_AndServesNothingPublicly()
    {
        var account = Single("Microsoft.Storage/storageAccounts")["properties"]!;

        Assert.False(account["allowSharedKeyAccess"]!.GetValue<bool>());
        Assert.False(account["allowBlobPublicAccess"]!.GetValue<bool>());
        Assert.True(account["supportsHttpsTrafficOnly"]!.GetValue<bool>());
        Assert.Equal("TLS1_2", account["minimumTlsVersion"]!.GetValue<string>());
        var container = Single("Microsoft.Storage/storageAccounts/blobServices/containers");
        Assert.EndsWith("/default/keyring", container["name"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("None", container["properties"]!["publicAccess"]!.GetValue<string>());
    }

    [Fact]
    public void Identity_GetsTableQueueAndBlobDataContributor_OnTheAccount()
    {
        var account = Single("Microsoft.Storage/storageAccounts")["id"]!.GetValue<string>();
        var onAccount = Of("Microsoft.Authorization/roleAssignments")
            .Where(r => r["id"]!.GetValue<string>().Contains($"'{account}'", StringComparison.Ordinal))
            .Select(r => r["properties"]!["roleDefinitionId"]!.GetValue<string>().Split('/')[^1]);

        Assert.Equal(
            [
                "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", // Storage Table Data Contributor
                "974c5e8b-45b9-4653-ba55-5f855dd0fb88", // Storage Queue Data Contributor
                "ba92f5b4-2d11-453d-a403-e96b0029c9fe", // Storage Blob Data Contributor
            ],
            onAccount.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Bot_IsTheManagedIdentity_WithTeams_AtTheAppsAddress()
    {
        var identity = Single("Microsoft.ManagedIdentity/userAssignedIdentities")["id"]!.GetValue<string>();
        var bot = Single("Microsoft.BotService/botServices");

        Assert.Equal("azurebot", bot["kind"]!.GetValue<string>());
        Assert.Equal("UserAssignedMSI", bot["properties"]!["msaAppType"]!.GetValue<string>());
        Assert.Equal(identity, bot["properties"]!["msaAppMSIResourceId"]!.GetValue<string>());
        Assert.Equal("https://liaison.example.cn/api/messages", bot["properties"]!["endpoint"]!.GetValue<string>());
        var teams = Single("Microsoft.BotService/botServices/channels")["properties"]!;
        Assert.Equal("MsTeamsChannel", teams["channelName"]!.GetValue<string>());
        Assert.True(teams["properties"]!["isEnabled"]!.GetValue<bool>());
    }

    [Fact]
    public void App_GetsExactlyTheSettingsTheBotReads()
    {
        var env = Container()["env"]!.AsArray();

        Assert.Equal(
            [
                "APPLICATIONINSIGHTS_CONNECTION_STRING", "AZURE_CLIENT_ID", "Bot__AllowedTenants__0", "Bot__AllowedTenants__1",
                "Bot__PublicBaseUrl", "Cloud", "KeyRing__CertificatePassword", "KeyRing__CertificatePath", "KeyRing__Container",
                "MicrosoftAppId", "MicrosoftAppTenantId", "MicrosoftAppType", "OTEL_EXPORTER_OTLP_ENDPOINT", "Storage__AccountName",
            ],
            env.Select(e => e!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal("China", Setting(env, "Cloud"));
        Assert.Equal("UserAssignedMSI", Setting(env, "MicrosoftAppType"));
        Assert.Equal([TenantA, TenantB], [Setting(env, "Bot__AllowedTenants__0"), Setting(env, "Bot__AllowedTenants__1")]);
        Assert.Equal("https://liaison.example.cn", Setting(env, "Bot__PublicBaseUrl"));
        Assert.Equal("keyring", Setting(env, "KeyRing__Container"));
        // Secrets reach the app by reference only, never as a value in the template.
        Assert.NotNull(env.Single(e => e!["name"]!.GetValue<string>() == "KeyRing__CertificatePassword")!["secretRef"]);
        Assert.NotNull(env.Single(e => e!["name"]!.GetValue<string>() == "APPLICATIONINSIGHTS_CONNECTION_STRING")!["secretRef"]);
    }

    [Fact]
    public void EverySettingTheAppGets_IsInTheDeployDocsSettingsTable()
    {
        var table = File.ReadAllLines(RepoTools.PathOf("docs", "deploy.md")).Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToList();

        // A list's items share the row of its first (Bot__AllowedTenants__0).
        var names = Container()["env"]!.AsArray()
            .Select(e => System.Text.RegularExpressions.Regex.Replace(e!["name"]!.GetValue<string>(), "__[0-9]+$", "__0"));

        Assert.All(names, name => Assert.Contains(table, row => row.StartsWith($"| `{name}`", StringComparison.Ordinal)));
    }

    [Fact]
    public void App_MountsTheKeyRingCertificate_WhereKeyRingCertificatePathPoints()
    {
        var app = Single("Microsoft.App/containerApps")["properties"]!;
        var path = Setting(Container()["env"]!.AsArray(), "KeyRing__CertificatePath");

        var mount = Container()["volumeMounts"]!.AsArray().Single()!;
        var volume = app["template"]!["volumes"]!.AsArray().Single(v => v!["name"]!.GetValue<string>() == mount["volumeName"]!.GetValue<string>())!;
        Assert.Equal("Secret", volume["storageType"]!.GetValue<string>());
        var item = volume["secrets"]!.AsArray().Single()!;
        Assert.Equal(path, $"{mount["mountPath"]!.GetValue<string>()}/{item["path"]!.GetValue<string>()}");
        Assert.Contains(app["configuration"]!["secrets"]!.AsArray(), s => s!["name"]!.GetValue<string>() == item["secretRef"]!.GetValue<string>());
    }

    [Fact]
    public async Task AfterACertificateRoll_ThePreviousOneIsMountedWherePreviousCertificatePathsPoints()
    {
        var resources = await Bicep.PredictAsync(Deployment.Parameters("""
            param keyRingRolled = true
            param keyRingPreviousCertificate = 'the old one'
            """));

        var app = resources.Single(r => r!["type"]!.GetValue<string>() == "Microsoft.App/containerApps")!["properties"]!;
        var container = app["template"]!["containers"]!.AsArray().Single()!;
        var env = container["env"]!.AsArray();
        var directory = container["volumeMounts"]!.AsArray().Single()!["mountPath"]!.GetValue<string>();
        var files = app["template"]!["volumes"]!.AsArray().Single()!["secrets"]!.AsArray()
            .ToDictionary(f => $"{directory}/{f!["path"]!.GetValue<string>()}", f => f!["secretRef"]!.GetValue<string>());
        // A secure parameter stays an expression in the prediction: which one each secret holds is what can be checked.
        var secrets = app["configuration"]!["secrets"]!.AsArray()
            .ToDictionary(s => s!["name"]!.GetValue<string>(), s => s!["value"]!.GetValue<string>());
        Assert.Equal("[parameters('keyRingCertificate')]", secrets[files[Setting(env, "KeyRing__CertificatePath")]]);
        Assert.Equal("[parameters('keyRingPreviousCertificate')]", secrets[files[Setting(env, "KeyRing__PreviousCertificatePaths__0")]]);
    }

    [Fact]
    public async Task Image_IsPulledWithTheIdentity_FromTheRegistryNamed_OrFromNoneForAPublicImage()
    {
        var identity = Single("Microsoft.ManagedIdentity/userAssignedIdentities")["id"]!.GetValue<string>();
        var acrPull = Assert.Single(Of("Microsoft.Authorization/roleAssignments"), r => r["id"]!.GetValue<string>().Contains("/registries/liaisonbotacr/", StringComparison.Ordinal));
        Assert.EndsWith("/7f951dda-4ed3-4680-a7ca-43fe172d538d", acrPull["properties"]!["roleDefinitionId"]!.GetValue<string>(), StringComparison.Ordinal);

        var resources = await Bicep.PredictAsync("""
            using 'main.bicep'

            param image = 'ghcr.io/example/liaisonbot:1.0.0'
            param keyRingCertificate = 'not a real certificate'
            param keyRingCertificatePassword = 'not a real password'
            """);

        var app = resources.Single(r => r!["type"]!.GetValue<string>() == "Microsoft.App/containerApps")!;
        Assert.Empty(app["properties"]!["configuration"]!["registries"]!.AsArray());
        Assert.DoesNotContain(resources, r => r!["id"]!.GetValue<string>().Contains("/registries/", StringComparison.Ordinal));
        Assert.NotNull(app["identity"]!["userAssignedIdentities"]![identity]);
    }

    [Fact]
    public void App_ServesHttpsOnPort8080_WithHealthProbes_AndTheIdentity()
    {
        var app = Single("Microsoft.App/containerApps");
        var ingress = app["properties"]!["configuration"]!["ingress"]!;

        Assert.True(ingress["external"]!.GetValue<bool>());
        Assert.False(ingress["allowInsecure"]!.GetValue<bool>());
        Assert.Equal(8080, ingress["targetPort"]!.GetValue<int>());
        var probes = Container()["probes"]!.AsArray().ToDictionary(p => p!["type"]!.GetValue<string>(), p => p!["httpGet"]!);
        Assert.Equal("/health/live", probes["Liveness"]["path"]!.GetValue<string>());
        Assert.Equal("/health/ready", probes["Readiness"]["path"]!.GetValue<string>());
        Assert.All(probes.Values, p => Assert.Equal(8080, p["port"]!.GetValue<int>()));
        Assert.Equal(1, app["properties"]!["template"]!["scale"]!["minReplicas"]!.GetValue<int>());
        var identity = Single("Microsoft.ManagedIdentity/userAssignedIdentities")["id"]!.GetValue<string>();
        Assert.NotNull(app["identity"]!["userAssignedIdentities"]![identity]);
    }

    private JsonNode Container() =>
        Single("Microsoft.App/containerApps")["properties"]!["template"]!["containers"]!.AsArray().Single()!;

    private static string Setting(JsonArray env, string name) =>
        env.Single(e => e!["name"]!.GetValue<string>() == name)!["value"]!.GetValue<string>();

    private IEnumerable<JsonNode> Of(string type) =>
        _resources.Where(r => r!["type"]!.GetValue<string>() == type).Select(r => r!);

    private JsonNode Single(string type) => Assert.Single(Of(type));

    /// <summary>One predicted deployment for the whole class: a China deployment with a custom domain and both exporters.</summary>
    public sealed class Deployment : IAsyncLifetime
    {
        public JsonArray Resources { get; private set; } = [];

        public async Task InitializeAsync() => Resources = await Bicep.PredictAsync(Parameters(""));

        public Task DisposeAsync() => Task.CompletedTask;

        public static string Parameters(string more) => $"""
            using 'main.bicep'

            param cloud = 'China'
            param image = 'liaisonbotacr.azurecr.cn/liaisonbot:1.0.0'
            param containerRegistryName = 'liaisonbotacr'
            param allowedTenantIds = ['{TenantA}', '{TenantB}']
            param publicHostName = 'liaison.example.cn'
            param otlpEndpoint = 'http://collector:4317'
            param applicationInsights = true
            param keyRingCertificate = 'not a real certificate'
            param keyRingCertificatePassword = 'not a real password'
            {more}
            """;
    }
}
