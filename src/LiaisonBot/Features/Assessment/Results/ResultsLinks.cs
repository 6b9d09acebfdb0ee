using System.Globalization;
using System.Security.Cryptography;
using LiaisonBot.App;
using Microsoft.AspNetCore.DataProtection;

namespace LiaisonBot.Features.Assessment.Results;

/// <summary>What a results link gives: the year's workbook, or printable scorecards (one group's, or every group's).</summary>
public enum ResultsFile
{
    Workbook,
    Scorecards,
}

/// <summary>A link's contents once its seal is checked.</summary>
public sealed record ResultsLink(ResultsFile File, int Year, string? Group, string Lang);

/// <summary>
/// Download links of the results. Teams opens links in a browser without its sign-in, so a link carries its own
/// permission: what it gives, for which year and group, in which language and until when, sealed with the Data
/// Protection key ring (shared by every instance, kept outside the tables), made only for someone the bot checked, and
/// valid for half an hour. Nothing is stored: the seal is the record.
/// </summary>
public sealed class ResultsLinks(IDataProtectionProvider provider, PublicAddress address, TimeProvider clock)
{
    public const string Path = "/assessment/download/";

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly IDataProtector protector = provider.CreateProtector("LiaisonBot.Assessment.Download.v1");

    public string Of(ResultsFile file, int year, string? group, string lang)
    {
        var until = (clock.GetUtcNow() + Lifetime).ToUnixTimeSeconds();
        return address.Of(Path + protector.Protect(string.Join('|', file, year.ToString(CultureInfo.InvariantCulture), group ?? "", lang, until.ToString(CultureInfo.InvariantCulture))));
    }

    /// <summary>The link's contents; null for a forged, damaged or expired link.</summary>
    public ResultsLink? Read(string token)
    {
        string plain;
        try
        {
            plain = protector.Unprotect(token);
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }

        var parts = plain.Split('|');
        return parts.Length == 5 && Enum.TryParse<ResultsFile>(parts[0], out var file) && long.TryParse(parts[4], CultureInfo.InvariantCulture, out var until)
            && until >= clock.GetUtcNow().ToUnixTimeSeconds() && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var year)
            ? new ResultsLink(file, year, parts[2].Length > 0 ? parts[2] : null, parts[3])
            : null;
    }
}
