using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Storage.KeyRing;

/// <summary>Points Data Protection at the configured key ring once the <c>KeyRing</c> settings passed validation.</summary>
internal sealed class KeyRingSetup(IOptions<KeyRingOptions> options, StorageAccount storage, ILoggerFactory loggers)
    : IConfigureOptions<KeyManagementOptions>
{
    public void Configure(KeyManagementOptions keys)
    {
        var settings = options.Value;
        keys.XmlRepository = settings.Path is { Length: > 0 } path
            ? new FileSystemXmlRepository(new DirectoryInfo(path), loggers)
            : InBlob(settings.Container);
    }

    // Apart, so that a key ring on a path never loads the blob client's assemblies.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private BlobXmlRepository InBlob(string container) => new(storage.BlobContainer(container), KeyRingOptions.Blob);
}
