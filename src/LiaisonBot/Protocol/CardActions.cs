using System.Text.Json;

namespace LiaisonBot.Protocol;

/// <summary>Reads card actions the same way whether they came as Action.Execute invokes or Action.Submit messages.</summary>
public static class CardActions
{
    public const string InvokeName = "adaptiveCard/action";
    public const string VerbKey = "verb";

    /// <summary>The verb of an Action.Execute invoke, or of an Action.Submit (our fallback) that carries one in its data.</summary>
    public static string? Verb(Activity activity)
    {
        if (activity is { Type: ActivityTypes.Invoke, Name: InvokeName })
        {
            return Action(activity) is { } action && action.TryGetProperty(VerbKey, out var verb) && verb.ValueKind == JsonValueKind.String
                ? verb.GetString()
                : null;
        }

        return activity.Type == ActivityTypes.Message && Data(activity) is { ValueKind: JsonValueKind.Object } data &&
               data.TryGetProperty(VerbKey, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()
            : null;
    }

    public static JsonElement? Data(Activity activity)
    {
        if (activity.Type == ActivityTypes.Invoke)
        {
            return Action(activity) is { } action && action.TryGetProperty("data", out var data) ? data : null;
        }

        return activity.Value;
    }

    /// <summary><c>value.action</c> when it is an Action.Execute, else null (Bot Builder answers 400 to anything else).</summary>
    public static JsonElement? Action(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value &&
        value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object &&
        action.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "Action.Execute"
            ? action
            : null;
}
