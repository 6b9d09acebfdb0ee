using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LiaisonBot.Protocol;

/// <summary>The one JSON setting for everything that crosses the wire: camelCase out, any case in, no nulls.</summary>
public static class BotJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Chinese text stays readable in payloads and logs instead of \uXXXX escapes; the bytes are identical on the wire.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
