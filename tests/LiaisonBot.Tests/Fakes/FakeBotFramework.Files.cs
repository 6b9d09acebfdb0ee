using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace LiaisonBot.Tests.Fakes;

/// <summary>Plays OneDrive for files users attach in a chat: each file at a pre-authorized download URL.</summary>
public sealed partial class FakeBotFramework
{
    private readonly ConcurrentDictionary<string, byte[]> files = new();

    /// <summary>Stores a file and returns the download URL Teams would put in the attachment.</summary>
    public Uri AddFile(byte[] content)
    {
        var id = Guid.NewGuid().ToString("N");
        this.files[id] = content;
        return new Uri(HttpBaseUrl, $"files/{id}");
    }

    private void MapFiles(WebApplication app) =>
        app.MapGet("/files/{id}", (string id) => this.files.TryGetValue(id, out var content)
            ? Results.Bytes(content, "application/octet-stream")
            : Results.NotFound());
}
