using System.Text.Json;
using System.Text.Json.Nodes;
using LiaisonBot.Protocol;

namespace LiaisonBot.Tests.Fakes;

/// <summary>
/// One request the fake connector received. Ids are decoded (as the real service sees them); <see cref="RawTarget"/> is
/// the path and query exactly as sent, to check escaping.
/// </summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string RawTarget,
    string? ConversationId,
    string? ActivityId,
    string? UserId,
    string? Authorization,
    JsonNode? Body,
    int Status)
{
    public T? BodyAs<T>() => Body is null ? default : Body.Deserialize<T>(BotJson.Options);
}
