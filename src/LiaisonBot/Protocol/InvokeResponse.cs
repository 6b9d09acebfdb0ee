using System.Text.Json.Serialization;

namespace LiaisonBot.Protocol;

/// <summary>What an invoke gets back in the HTTP response: the HTTP status and the body Teams reads.</summary>
public sealed record InvokeResponse(int Status, object? Body)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    /// <summary>Replace the card the user acted on with <paramref name="card"/>.</summary>
    public static InvokeResponse Card(object card) => new(200, new UniversalActionBody(200, CardType, card));

    /// <summary>Keep the card and show <paramref name="text"/> as a short notice.</summary>
    public static InvokeResponse Message(string text) => new(200, new UniversalActionBody(200, MessageType, text));

    public static InvokeResponse Error(int statusCode, string code, string message) =>
        new(200, new UniversalActionBody(statusCode, ErrorType, new ErrorValue(code, message)));

    public static InvokeResponse NotImplemented { get; } = new(501, null);

    [JsonIgnore]
    public UniversalActionBody? Universal => Body as UniversalActionBody;
}

public sealed record UniversalActionBody(int StatusCode, string Type, object Value);

public sealed record ErrorValue(string Code, string Message);
