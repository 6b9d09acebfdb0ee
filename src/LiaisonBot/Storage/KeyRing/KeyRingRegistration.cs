using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Storage.KeyRing;

public static class KeyRingRegistration
{
    /// <summary>
    /// Data Protection with the bot's one key ring (section <c>KeyRing</c>): a directory, or a blob in the storage account,
    /// encrypted with the operator's certificate. Scores, ballot codes and download links are sealed with it. Needs AddStorage.
    /// </summary>
    public static IServiceCollection AddKeyRing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<KeyRingOptions>().Bind(configuration.GetSection(KeyRingOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<KeyRingOptions>, KeyRingOptionsValidator>();
        // The application name is part of every purpose: changing it would make everything sealed so far unreadable.
        var keys = services.AddDataProtection().SetApplicationName("LiaisonBot");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>, KeyRingSetup>();

        // Data Protection takes decryption certificates only as instances at registration, so they are read here. One that
        // cannot be read is left out: the validator then refuses the start and says why.
        var settings = configuration.GetSection(KeyRingOptions.Section).Get<KeyRingOptions>() ?? new KeyRingOptions();
        var current = TryLoad(settings.CertificatePath, settings.CertificatePassword);
        if (current is not null)
        {
            keys.ProtectKeysWithCertificate(current);
        }

        // The current certificate and the previous ones all unprotect, so a certificate can be rolled over.
        var unprotecting = settings.PreviousCertificatePaths.Select(path => TryLoad(path, settings.CertificatePassword)).Prepend(current)
            .OfType<X509Certificate2>().ToArray();
        if (unprotecting.Length > 0)
        {
            keys.UnprotectKeysWithAnyCertificate(unprotecting);
        }

        return services;
    }

    private static X509Certificate2? TryLoad(string? path, string? password)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        try
        {
            return KeyRingCertificate.Load(path, password);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
