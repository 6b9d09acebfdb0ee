using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LiaisonBot.Features.Assessment.Process;

/// <summary>How the assessment's JSON columns are written: enums by name, so a reordered enum never misreads a stored row.</summary>
public static class AssessmentJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        // Chinese as it is, not \uXXXX six times its length: only ever read back by us.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T? Read<T>(string? json) => string.IsNullOrEmpty(json) ? default : JsonSerializer.Deserialize<T>(json, Options);
}
