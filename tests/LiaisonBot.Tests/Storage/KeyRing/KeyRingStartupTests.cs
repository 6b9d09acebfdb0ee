using System.Security.Cryptography.X509Certificates;
using LiaisonBot.Storage.KeyRing;
using LiaisonBot.Tests.Infrastructure;
using LiaisonBot.Tests.Protocol;
using Microsoft.Extensions.Hosting.Internal;

namespace LiaisonBot.Tests.Storage.KeyRing;

/// <summary>What the operator is told when the key ring's settings cannot work.</summary>
public sealed class KeyRingStartupTests
{
    [Fact]
    public async Task Production_WithoutACertificate_RefusesToStart_SayingWhatToSet()
    {
        var failure = await StartupFailure.OfAsync("Production", new Dictionary<string, string?>
        {
            ["Bot:AllowedTenants"] = TestUser.TenantId,
            ["Bot:PublicBaseUrl"] = "https://liaison.example.cn",
            ["KeyRing:CertificatePath"] = null,
        });

        Assert.Contains("KeyRing:CertificatePath is required in Production", failure.Message);
        Assert.Contains("KeyRing:CertificatePassword", failure.Message);
    }

    [Fact]
    public void ACertificateTheBotCannotOpen_FailsValidation_NamingTheSetting()
    {
        var validator = new KeyRingOptionsValidator(new HostingEnvironment { EnvironmentName = "Testing" });
        var pfx = TestCertificates.NewPfx("keyring-wrong-password");

        var wrongPassword = validator.Validate(null, new KeyRingOptions { CertificatePath = pfx, CertificatePassword = "not it" });
        var missing = validator.Validate(null, new KeyRingOptions { CertificatePath = pfx + ".gone", PreviousCertificatePaths = [pfx + ".old"] });

        Assert.Contains("KeyRing:CertificatePath: cannot use the certificate", wrongPassword.FailureMessage);
        Assert.Contains("KeyRing:CertificatePath: cannot use the certificate: no file at", missing.FailureMessage);
        Assert.Contains("KeyRing:PreviousCertificatePaths:0: cannot use the certificate: no file at", missing.FailureMessage);
    }

    [Fact]
    public void AContainerNameAzureWouldRefuse_FailsValidation_UnlessTheRingIsInADirectory()
    {
        var validator = new KeyRingOptionsValidator(new HostingEnvironment { EnvironmentName = "Testing" });

        var inBlob = validator.Validate(null, new KeyRingOptions { Container = "Key_Ring" });
        var inDirectory = validator.Validate(null, new KeyRingOptions { Container = "Key_Ring", Path = Path.GetTempPath() });

        Assert.Contains("KeyRing:Container must be a blob container name", inBlob.FailureMessage);
        Assert.True(inDirectory.Succeeded, inDirectory.FailureMessage);
    }

    [Fact]
    public void APemWithItsKey_IsAccepted()
    {
        var pfx = TestCertificates.NewPfx("keyring-pem");
        using var certificate = X509CertificateLoader.LoadPkcs12FromFile(pfx, TestCertificates.Password);
        var pem = Path.ChangeExtension(pfx, ".pem");
        File.WriteAllText(pem, certificate.ExportCertificatePem() + "\n" + certificate.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem());

        var result = new KeyRingOptionsValidator(new HostingEnvironment { EnvironmentName = "Production" })
            .Validate(null, new KeyRingOptions { CertificatePath = pem });

        Assert.True(result.Succeeded, result.FailureMessage);
    }
}
