using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;

namespace LiaisonBot.Protocol.Auth;

/// <summary>
/// Tokens whose signature, issuer and audience have been verified, by their exact text. Bounded: the connector uses a
/// handful of tokens an hour, so a full cache means something unusual and is simply emptied.
/// </summary>
sealed class VerifiedTokens
{
    const int Capacity = 1024;

    readonly ConcurrentDictionary<string, JsonWebToken> _tokens = new(StringComparer.Ordinal);

    public JsonWebToken? Find(string token) => _tokens.TryGetValue(token, out var jwt) ? jwt : null;

    public void Add(string token, JsonWebToken jwt)
    {
        if (_tokens.Count >= Capacity)
            _tokens.Clear();
        _tokens[token] = jwt;
    }
}
