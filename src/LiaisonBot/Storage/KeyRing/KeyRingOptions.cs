namespace LiaisonBot.Storage.KeyRing;

/// <summary>
/// Configuration section <c>KeyRing</c>: where the Data Protection key ring that seals scores and ballot codes is kept,
/// and the certificate it is encrypted with. Every instance must share it; it never lives in the tables.
/// </summary>
public sealed class KeyRingOptions
{
    public const string Section = "KeyRing";

    /// <summary>A directory (local runs, tests, a shared file system). Empty: the blob <see cref="Blob"/> in <see cref="Container"/>.</summary>
    public string? Path { get; set; }

    /// <summary>The blob container in the bot's storage account that holds the key ring; created when missing.</summary>
    public string Container { get; set; } = "keyring";

    /// <summary>A PFX, or a PEM with the certificate and its private key, that the keys are encrypted with at rest.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The PFX's (or encrypted PEM key's) password.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Certificates the ring was encrypted with before a roll-over: still read keys, never encrypt new ones. Same password.</summary>
    public List<string> PreviousCertificatePaths { get; set; } = [];

    /// <summary>The one blob that holds every key, so that instances agree on it through its ETag.</summary>
    public const string Blob = "keys.xml";
}
