using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace LiaisonBot.Protocol.Auth;

/// <summary>
/// Fetches the metadata document and its JWKS like <see cref="OpenIdConnectConfigurationRetriever"/> does, and also reads
/// each key's non-standard <c>endorsements</c> array from the raw JWKS (bot-protocol.md §1.3).
/// </summary>
internal sealed class BotOpenIdConfigurationRetriever : IConfigurationRetriever<OpenIdConnectConfiguration>
{
    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        var config = new BotOpenIdConfiguration(await retriever.GetDocumentAsync(address, cancel));
        if (!Uri.TryCreate(config.JwksUri, UriKind.Absolute, out var jwksUri) || !MetadataUrl.IsAllowed(jwksUri))
        {
            throw new InvalidOperationException($"The OpenID metadata at {address} has no usable jwks_uri.");
        }

        var jwks = await retriever.GetDocumentAsync(jwksUri.AbsoluteUri, cancel);
        config.JsonWebKeySet = new JsonWebKeySet(jwks);
        foreach (var key in config.JsonWebKeySet.GetSigningKeys())
        {
            config.SigningKeys.Add(key);
        }

        config.Endorsements = ReadEndorsements(jwks);
        return config;
    }

    /// <summary>kid → endorsed channel ids. A key without an <c>endorsements</c> array gets no entry.</summary>
    internal static Dictionary<string, IReadOnlySet<string>> ReadEndorsements(string jwks)
    {
        var map = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        using var doc = JsonDocument.Parse(jwks);
        if (!doc.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            return map;
        }

        foreach (var key in keys.EnumerateArray())
        {
            if (key.ValueKind != JsonValueKind.Object
                || !key.TryGetProperty("kid", out var kid) || kid.ValueKind != JsonValueKind.String
                || !key.TryGetProperty("endorsements", out var endorsements) || endorsements.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            map[kid.GetString()!] = endorsements.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.String)
                .Select(e => e.GetString()!)
                .ToHashSet(StringComparer.Ordinal);
        }
        return map;
    }
}
