using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using LiaisonBot.Storage;

namespace LiaisonBot.Features.DutyFile.Exports;

/// <summary>What a download link gives: the year's workbook, or members' printable duty files.</summary>
public enum DownloadKind
{
    Workbook,
    DutyFiles,
}

/// <summary>
/// A download link the bot handed out: an unguessable id (128 random bits), what it gives, in which language, to whom, and
/// until when. Teams opens links in a browser that carries no Teams sign-in, so the link itself is the permission: it is
/// made only for someone the bot checked, and it expires.
/// </summary>
public sealed class DownloadEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Kind { get; set; } = "";
    public int Year { get; set; }
    /// <summary>The members whose duty files the link prints, ';'-separated.</summary>
    public string? Codes { get; set; }
    public string Locale { get; set; } = "";
    public string RequestedBy { get; set; } = "";
    public DateTimeOffset ExpiresAt { get; set; }

    public DownloadKind DownloadKind => Enum.Parse<DownloadKind>(Kind);
}

public sealed class PointsDownloads(Tables tables, TimeProvider clock)
{
    public const string Table = "PointsDownloads";
    public const string Path = "/points/download/";

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private TableClient Rows => tables[Table];

    /// <summary>Stores a link and returns its path on this bot.</summary>
    public async Task<string> CreateAsync(DownloadKind kind, int year, IEnumerable<string>? codes, string locale, string requestedBy, CancellationToken ct)
    {
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        await Rows.AddCheckedAsync(new DownloadEntity
        {
            PartitionKey = id,
            RowKey = "",
            Kind = kind.ToString(),
            Year = year,
            Codes = codes is null ? null : string.Join(';', codes),
            Locale = locale,
            RequestedBy = requestedBy,
            ExpiresAt = clock.GetUtcNow() + Lifetime,
        }, ct);
        return Path + id;
    }

    /// <summary>The link's record if it exists and has not expired; anything else (a guess, an old link) is null.</summary>
    public async Task<DownloadEntity?> FindAsync(string id, CancellationToken ct)
    {
        if (id is not { Length: 32 } || !id.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        var response = await Rows.GetEntityIfExistsAsync<DownloadEntity>(id, "", cancellationToken: ct);
        return response.HasValue && response.Value is { } link && link.ExpiresAt > clock.GetUtcNow() ? link : null;
    }
}
