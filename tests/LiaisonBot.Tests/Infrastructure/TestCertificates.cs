using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace LiaisonBot.Tests.Infrastructure;

/// <summary>Self-signed certificates written to files, as an operator mounts theirs (e.g. from Key Vault) for the key ring.</summary>
public static class TestCertificates
{
    public const string Password = "test-pfx-password";

    private static readonly Lazy<string> Shared = new(() => NewPfx("liaisonbot-test-keyring"));

    /// <summary>One PFX for every test that only needs the key ring's certificate to be there (Production starts).</summary>
    public static string SharedPfx => Shared.Value;

    /// <summary>A new RSA certificate with its private key in a PFX protected by <see cref="Password"/>; returns its path.</summary>
    public static string NewPfx(string name)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(Directory.CreateTempSubdirectory("liaisonbot-cert-").FullName, name + ".pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }

    /// <summary>The settings that make the key ring encrypt with the certificate at <paramref name="path"/>.</summary>
    public static Dictionary<string, string?> KeyRingSettings(string path) => new()
    {
        ["KeyRing:CertificatePath"] = path,
        ["KeyRing:CertificatePassword"] = Password,
    };
}
