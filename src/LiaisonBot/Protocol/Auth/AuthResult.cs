namespace LiaisonBot.Protocol.Auth;

/// <summary>The outcome of checking an inbound request. <see cref="Failure"/> is a short reason, safe to log: never the token.</summary>
public sealed record AuthResult(bool Succeeded, string? Failure)
{
    public static AuthResult Success { get; } = new(true, null);

    public static AuthResult Fail(string reason) => new(false, reason);
}
