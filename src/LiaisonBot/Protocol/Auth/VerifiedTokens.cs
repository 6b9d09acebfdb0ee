using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;

namespace LiaisonBot.Protocol.Auth;

/// <summary>
/// Tokens whose signature, issuer and audience have been verified, by their exact text. Bounded: the connector uses a
/// handful of tokens an hour, so a full cache means something unusual and is simply emptied.
/// </summary>
internal sealed class VerifiedTokens
{
    private const int Capacity = 1024;

    private readonly ConcurrentDictionary<string, JsonWebToken> tokens = new(StringComparer.Ordinal);

    public JsonWebToken? Find(string token) => this.tokens.TryGetValue(token, out var jwt) ? jwt : null;

    public void Add(string token, JsonWebToken jwt)
    {
        if (this.tokens.Count >= Capacity)
        {
            this.tokens.Clear();
        }

        this.tokens[token] = jwt;
    }
}
