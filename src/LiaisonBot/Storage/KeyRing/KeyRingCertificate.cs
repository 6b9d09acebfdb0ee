using System.Security.Cryptography.X509Certificates;

namespace LiaisonBot.Storage.KeyRing;

/// <summary>Reads the operator's certificate as mounted on disk (e.g. from Key Vault): a PFX, or a PEM with its key.</summary>
internal static class KeyRingCertificate
{
    /// <exception cref="InvalidOperationException">The file is missing, unreadable, or holds no private key; the message says which.</exception>
    public static X509Certificate2 Load(string path, string? password)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"no file at '{path}'");
        }

        X509Certificate2 certificate;
        try
        {
            certificate = IsPem(path)
                ? string.IsNullOrEmpty(password) ? X509Certificate2.CreateFromPemFile(path) : X509Certificate2.CreateFromEncryptedPemFile(path, password)
                : X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (System.Security.Cryptography.CryptographicException e)
        {
            throw new InvalidOperationException($"'{path}' is not a PFX or PEM certificate this password opens ({e.Message.TrimEnd('.')})", e);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"'{path}' holds no certificate with its private key ({e.Message.TrimEnd('.')})", e);
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new InvalidOperationException($"'{path}' holds the certificate without its private key");
        }

        return certificate;
    }

    private static bool IsPem(string path)
    {
        using var reader = new StreamReader(path);
        var start = new char[64];
        var read = reader.ReadBlock(start);
        return new string(start, 0, read).TrimStart().StartsWith("-----BEGIN", StringComparison.Ordinal);
    }
}
