using System.Xml.Linq;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace LiaisonBot.Storage.KeyRing;

/// <summary>
/// The Data Protection key ring as one XML blob that every instance shares. A new key is added by read-modify-write under
/// the blob's ETag, so two instances adding keys at once both keep theirs: the loser of the race reads again and retries.
/// </summary>
internal sealed class BlobXmlRepository(BlobContainerClient container, string blobName) : IXmlRepository
{
    private const int MaxAttempts = 20;

    private readonly BlobClient blob = container.GetBlobClient(blobName);

    // Data Protection calls the repository synchronously (the key ring is read under its own lock), hence the sync calls.
    public IReadOnlyCollection<XElement> GetAllElements() => [.. Read().Document.Root!.Elements()];

    public void StoreElement(XElement element, string friendlyName)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (document, etag) = Read();
            document.Root!.Add(new XElement(element));
            var conditions = etag is { } current ? new BlobRequestConditions { IfMatch = current } : new BlobRequestConditions { IfNoneMatch = ETag.All };
            try
            {
                Write(document, conditions);
                return;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < MaxAttempts)
            {
                // Another instance wrote first: wait a moment, different for each writer, and add ours to what it wrote.
                Thread.Sleep(TimeSpan.FromMilliseconds(Random.Shared.Next(10, 50 * Math.Min(attempt, 5))));
            }
        }
    }

    private (XDocument Document, ETag? ETag) Read()
    {
        try
        {
            var content = blob.DownloadContent().Value;
            return (XDocument.Parse(content.Content.ToString()), content.Details.ETag);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return (new XDocument(new XElement("repository")), null);
        }
    }

    private void Write(XDocument document, BlobRequestConditions conditions)
    {
        var options = new BlobUploadOptions { Conditions = conditions, HttpHeaders = new BlobHttpHeaders { ContentType = "application/xml" } };
        var content = BinaryData.FromString(document.ToString(SaveOptions.DisableFormatting));
        try
        {
            blob.Upload(content, options);
        }
        catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            container.CreateIfNotExists();
            blob.Upload(content, options);
        }
    }
}
