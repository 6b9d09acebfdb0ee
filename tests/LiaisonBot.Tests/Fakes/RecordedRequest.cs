using System.Text.Json;
using System.Text.Json.Nodes;
using LiaisonBot.Protocol;

namespace LiaisonBot.Tests.Fakes;

/// <summary>
/// One request the fake connector received. Ids are decoded (as the real service sees them); <see cref="RawTarget"/> is
/// the path and query exactly as sent, to check escaping. <see cref="At"/> is when it arrived, on the fake's own monotonic
/// clock (time since the fake started), for checking rate limits; <see cref="Response"/> the JSON it answered (e.g. the
/// new activity's id).
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
    int Status,
    TimeSpan At = default,
    JsonNode? Response = null)
{
    public T? BodyAs<T>() => Body is null ? default : Body.Deserialize<T>(BotJson.Options);
}
