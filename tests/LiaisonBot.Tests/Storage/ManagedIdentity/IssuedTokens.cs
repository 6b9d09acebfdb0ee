using System.Text;
using System.Text.Json;
using Azure.Core;

namespace LiaisonBot.Tests.Storage.ManagedIdentity;

/// <summary>
/// Stands in for the managed identity endpoint: a token from the China cloud's issuer for the resource the client asks for
/// (the scope without <c>/.default</c>), as Entra ID issues it; unsigned, since Azurite checks the claims only.
/// Records the scopes asked for.
/// </summary>
internal sealed class IssuedTokens(string? audience = null) : TokenCredential
{
    private readonly List<string> scopes = [];

    public IReadOnlyList<string> Scopes
    {
        get
        {
            lock (scopes)
            {
                return [.. scopes];
            }
        }
    }

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        lock (scopes)
        {
            scopes.AddRange(requestContext.Scopes);
        }

        var now = DateTimeOffset.UtcNow;
        var claims = new Dictionary<string, object>
        {
            ["aud"] = audience ?? requestContext.Scopes.Single().Replace("/.default", "", StringComparison.Ordinal),
            ["iss"] = "https://sts.chinacloudapi.cn/00000000-0000-0000-0000-00000000c0de/",
            ["iat"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
        };
        var token = $"{Part(new { alg = "none", typ = "JWT" })}.{Part(claims)}.";
        return new AccessToken(token, now.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));

    private static string Part(object value) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
