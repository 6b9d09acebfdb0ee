using System.IO.Compression;

namespace LiaisonBot.Spreadsheets;

/// <summary>How far an uploaded .xlsx may unpack, counted on the bytes actually inflated, not on what the zip declares.</summary>
public sealed record ZipLimits(long MaxUnpackedBytes, int MaxCompressionRatio, int MaxEntries);

/// <summary>
/// Unpacks an uploaded .xlsx (a zip) under a budget before any spreadsheet code sees it. The sizes a zip declares are
/// checked first to refuse an honest bomb cheaply, but never trusted: every entry is inflated through a counted copy that
/// stops at the budget, and the spreadsheet library then reads only the bounded copy. (System.IO.Compression today also
/// cuts an entry off at its declared size, so a lying one comes out truncated and unreadable; the budget does not rely on
/// that.)
/// </summary>
internal static class SafeZip
{
    // Small entries (styles, empty sheets) legitimately pack far beyond any ratio and can do no harm.
    private const long RatioCheckedAbove = 1024 * 1024;

    /// <summary>
    /// The archive re-packed uncompressed in memory (uncompressed, so reading it costs no second inflate), or null when it
    /// would unpack beyond the limits. Throws <see cref="InvalidDataException"/> when the bytes are not a readable zip.
    /// </summary>
    public static ArraySegment<byte>? Repack(byte[] zip, ZipLimits limits, CancellationToken ct)
    {
        using var source = new ZipArchive(new MemoryStream(zip, writable: false), ZipArchiveMode.Read);
        if (source.Entries.Count > limits.MaxEntries || !DeclaredSizesFit(source.Entries, limits))
        {
            return null;
        }

        var repacked = new MemoryStream();
        bool fits;
        using (var target = new ZipArchive(repacked, ZipArchiveMode.Create, leaveOpen: true))
        {
            fits = CopyWithin(source, target, limits.MaxUnpackedBytes, ct);
        }

        if (!fits)
        {
            return null;
        }

        return new ArraySegment<byte>(repacked.GetBuffer(), 0, (int)repacked.Length);
    }

    private static bool CopyWithin(ZipArchive source, ZipArchive target, long budget, CancellationToken ct)
    {
        var buffer = new byte[81920];
        foreach (var entry in source.Entries)
        {
            ct.ThrowIfCancellationRequested();
            using var from = entry.Open();
            using var to = target.CreateEntry(entry.FullName, CompressionLevel.NoCompression).Open();
            int read;
            while ((read = from.Read(buffer)) > 0)
            {
                budget -= read;
                if (budget < 0)
                {
                    return false;
                }

                to.Write(buffer, 0, read);
            }
        }

        return true;
    }

    private static bool DeclaredSizesFit(IEnumerable<ZipArchiveEntry> entries, ZipLimits limits)
    {
        long total = 0;
        foreach (var entry in entries)
        {
            total += entry.Length;
            var absurd = entry.Length > RatioCheckedAbove && entry.Length > entry.CompressedLength * limits.MaxCompressionRatio;
            if (absurd || total > limits.MaxUnpackedBytes)
            {
                return false;
            }
        }

        return true;
    }
}
