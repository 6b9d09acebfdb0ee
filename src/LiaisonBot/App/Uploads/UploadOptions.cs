namespace LiaisonBot.App.Uploads;

/// <summary>Settings under <c>Uploads</c>: where a file the secretariat attaches may come from, and how big it may be.</summary>
public sealed class UploadOptions
{
    public const string Section = "Uploads";

    /// <summary>Hosts a file may be downloaded from; Teams puts personal-chat attachments in the user's OneDrive. "*." matches subdomains.</summary>
    public string[] DownloadHosts { get; set; } = ["*.sharepoint.com"];

    /// <summary>The largest file accepted, in bytes.</summary>
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;
}
