using System.Security.Cryptography;
using System.Xml.Linq;
using LiaisonBot.Storage;
using LiaisonBot.Storage.KeyRing;
using LiaisonBot.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;

namespace LiaisonBot.Tests.Storage.KeyRing;

/// <summary>The key ring in a blob of the storage account, shared by every instance (the test Azurite's blob service).</summary>
public sealed class BlobKeyRingTests
{
    private static readonly XNamespace DataProtection = "http://schemas.asp.net/2015/03/dataProtection";

    [Fact]
    public async Task TwoInstances_OnOneBlob_ShareTheKey()
    {
        var instances = new KeyRingInstances();
        await using var a = instances.Start();
        await using var b = instances.Start();

        var sealedOnA = KeyRingInstances.Protector(a).Protect("C01 组: 18, 17, 19, 16");

        Assert.Equal("C01 组: 18, 17, 19, 16", KeyRingInstances.Protector(b).Unprotect(sealedOnA));
        Assert.Single(XDocument.Parse(await instances.StoredXmlAsync(a)).Root!.Elements("key"));
    }

    [Fact]
    public async Task TwoWriters_AddingKeysAtOnce_BothKeepTheirs()
    {
        var instances = new KeyRingInstances();
        await using var instance = instances.Start();
        var account = instance.GetRequiredService<StorageAccount>();
        // Two repositories with their own clients, as two instances have; both start on a blob that does not exist yet.
        var one = new BlobXmlRepository(account.BlobContainer(instances.Container), KeyRingOptions.Blob);
        var two = new BlobXmlRepository(account.BlobContainer(instances.Container), KeyRingOptions.Blob);
        using var start = new Barrier(2);

        void Add(BlobXmlRepository repository, string writer)
        {
            start.SignalAndWait();
            for (var i = 0; i < 5; i++)
            {
                repository.StoreElement(new XElement("key", new XAttribute("id", $"{writer}{i}")), $"{writer}{i}");
            }
        }

        await Task.WhenAll(Task.Run(() => Add(one, "a")), Task.Run(() => Add(two, "b")));

        var ids = new BlobXmlRepository(account.BlobContainer(instances.Container), KeyRingOptions.Blob).GetAllElements()
            .Select(e => (string)e.Attribute("id")!).Order(StringComparer.Ordinal);
        Assert.Equal(["a0", "a1", "a2", "a3", "a4", "b0", "b1", "b2", "b3", "b4"], ids);
    }

    [Fact]
    public async Task WithoutACertificate_TheStoredKeyIsPlain()
    {
        var instances = new KeyRingInstances();
        await using var a = instances.Start();

        KeyRingInstances.Protector(a).Protect("x");

        var key = XDocument.Parse(await instances.StoredXmlAsync(a)).Root!.Element("key")!;
        Assert.NotEmpty(key.Descendants("masterKey").Elements("value"));
    }

    [Fact]
    public async Task WithACertificate_TheStoredXmlHoldsNoPlainKey_AndAnInstanceWithoutTheCertificateCannotUnseal()
    {
        var instances = new KeyRingInstances();
        var certificate = TestCertificates.NewPfx("keyring-operator");
        await using var withCertificate = instances.Start(TestCertificates.KeyRingSettings(certificate));
        await using var without = instances.Start();

        var sealedText = KeyRingInstances.Protector(withCertificate).Protect("C01 组: 18, 17, 19, 16");

        var key = XDocument.Parse(await instances.StoredXmlAsync(withCertificate)).Root!.Element("key")!;
        Assert.Empty(key.Descendants("masterKey"));
        Assert.Single(key.Descendants(DataProtection + "encryptedSecret"));
        Assert.Contains("EncryptedData", key.ToString());
        Assert.ThrowsAny<CryptographicException>(() => KeyRingInstances.Protector(without).Unprotect(sealedText));
    }

    [Fact]
    public async Task ARolledCertificate_StillUnsealsWhatTheOldOneProtected_WhenListedAsPrevious()
    {
        var instances = new KeyRingInstances();
        var old = TestCertificates.NewPfx("keyring-2026");
        var rolled = TestCertificates.NewPfx("keyring-2027");
        await using var before = instances.Start(TestCertificates.KeyRingSettings(old));
        var sealedText = KeyRingInstances.Protector(before).Protect("ballot");
        await using var onlyNew = instances.Start(TestCertificates.KeyRingSettings(rolled));
        await using var after = instances.Start(new Dictionary<string, string?>(TestCertificates.KeyRingSettings(rolled))
        {
            ["KeyRing:PreviousCertificatePaths:0"] = old,
        });

        Assert.ThrowsAny<CryptographicException>(() => KeyRingInstances.Protector(onlyNew).Unprotect(sealedText));
        Assert.Equal("ballot", KeyRingInstances.Protector(after).Unprotect(sealedText));
    }
}
