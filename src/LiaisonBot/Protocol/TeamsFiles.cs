using System.Text.Json;

namespace LiaisonBot.Protocol;

/// <summary>A file a user attached to a message in Teams: its name, type and a short-lived, pre-authorized download URL.</summary>
public sealed record TeamsFile(string Name, string FileType, Uri DownloadUrl);

/// <summary>
/// Reads the file attachments Teams puts on a message in a personal chat (<c>supportsFiles</c> in the manifest):
/// content type <c>application/vnd.microsoft.teams.file.download.info</c>, content <c>{ downloadUrl, uniqueId, fileType }</c>.
/// </summary>
public static class TeamsFiles
{
    public const string DownloadInfo = "application/vnd.microsoft.teams.file.download.info";

    public static IReadOnlyList<TeamsFile> In(Activity activity) =>
        (activity.Attachments ?? []).Where(a => a.ContentType == DownloadInfo && a.Content is JsonElement { ValueKind: JsonValueKind.Object })
            .Select(a => Read(a, (JsonElement)a.Content!)).OfType<TeamsFile>().ToList();

    private static TeamsFile? Read(Attachment attachment, JsonElement content) =>
        content.TryGetProperty("downloadUrl", out var url) && url.ValueKind == JsonValueKind.String &&
        Uri.TryCreate(url.GetString(), UriKind.Absolute, out var uri)
            ? new TeamsFile(attachment.Name ?? "", content.TryGetProperty("fileType", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString()! : "", uri)
            : null;
}
