using System.Text.RegularExpressions;
using LiaisonBot.Hosting;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Storage.KeyRing;

/// <summary>Checks the <c>KeyRing</c> settings at start-up, naming the setting in every message.</summary>
internal sealed partial class KeyRingOptionsValidator(IHostEnvironment environment) : IValidateOptions<KeyRingOptions>
{
    public ValidateOptionsResult Validate(string? name, KeyRingOptions options) => CheckedOptions.Result(Problems(options));

    private IEnumerable<string> Problems(KeyRingOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Path) && !ContainerName().IsMatch(options.Container))
        {
            yield return $"KeyRing:Container must be a blob container name, 3–63 lower-case letters, digits and single hyphens, got '{options.Container}'.";
        }

        if (string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            if (environment.IsProduction())
            {
                yield return "KeyRing:CertificatePath is required in Production: the key ring that seals scores and ballot codes is kept " +
                    "encrypted with a certificate the operator controls. Set KeyRing:CertificatePath (environment variable " +
                    "KeyRing__CertificatePath) to a PFX, or a PEM with the certificate and its private key (e.g. mounted from Key Vault), " +
                    "and KeyRing:CertificatePassword to its password if it has one.";
            }
        }
        else if (Unreadable("KeyRing:CertificatePath", options.CertificatePath, options.CertificatePassword) is { } problem)
        {
            yield return problem;
        }

        for (var i = 0; i < options.PreviousCertificatePaths.Count; i++)
        {
            if (Unreadable($"KeyRing:PreviousCertificatePaths:{i}", options.PreviousCertificatePaths[i], options.CertificatePassword) is { } problem)
            {
                yield return problem;
            }
        }
    }

    private static string? Unreadable(string setting, string path, string? password)
    {
        try
        {
            KeyRingCertificate.Load(path, password).Dispose();
            return null;
        }
        catch (InvalidOperationException e)
        {
            return $"{setting}: cannot use the certificate: {e.Message}. Check the path and KeyRing:CertificatePassword.";
        }
    }

    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ContainerName();
}
