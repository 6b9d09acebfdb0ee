namespace LiaisonBot.Spreadsheets;

/// <summary>The bytes of an uploaded file, read only up to a limit.</summary>
public static class Upload
{
    public static readonly byte[] ZipSignature = "PK\u0003\u0004"u8.ToArray();

    /// <summary>A size as a limit is told to people: "5 MB", "977 KB".</summary>
    public static string Size(long bytes) =>
        bytes >= 1024 * 1024
            ? (bytes / (1024.0 * 1024)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " MB"
            : (bytes / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture) + " KB";

    /// <summary>The content up to the limit, or null past it, without reading the rest of an oversized upload.</summary>
    public static async Task<byte[]?> ReadAtMostAsync(Stream content, long max, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
