using LiaisonBot.Hosting;

namespace LiaisonBot.App.Uploads;

/// <summary>Settings under <c>Uploads</c>: where a file the secretariat attaches may come from, and how big it may be.</summary>
public sealed class UploadOptions : ICheckedOptions
{
    public const string Section = "Uploads";

    /// <summary>Hosts a file may be downloaded from; Teams puts personal-chat attachments in the user's OneDrive. "*." matches subdomains.</summary>
    public string[] DownloadHosts { get; set; } = ["*.sharepoint.com"];

    /// <summary>The largest file accepted, in bytes.</summary>
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;

    // Without a host no attachment could be imported; a URL or a path in the list would never match a download's host.
    public IEnumerable<string> Problems() => Setting.Problems(
        DownloadHosts.Length == 0 ? "Uploads:DownloadHosts must name at least one host (e.g. *.sharepoint.com)." : null,
        DownloadHosts.FirstOrDefault(h => Uri.CheckHostName(h.StartsWith("*.", StringComparison.Ordinal) ? h[2..] : h) == UriHostNameType.Unknown) is { } wrong
            ? $"Uploads:DownloadHosts must hold host names such as contoso.sharepoint.com or *.sharepoint.com; got '{wrong}'."
            : null,
        Setting.Between("Uploads:MaxFileBytes", MaxFileBytes, 1024, 100 * 1024 * 1024));
}
