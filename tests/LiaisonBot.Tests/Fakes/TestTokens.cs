using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace LiaisonBot.Tests.Fakes;

/// <summary>
/// Mints the JWTs the Bot Connector would send to the bot, signed with the fake's keys. Built by hand rather than with a
/// token handler so that broken tokens (alg none, HS256, no kid, tampered) can be made too.
/// </summary>
public sealed class TestTokens(FakeBotFramework fake)
{
    // Signs tokens whose key id the fake does not know: a forger's key, never published.
    private static readonly Lazy<RSA> UnknownKey = new(() => RSA.Create(2048));

    // A token is reused for the same spec, as the Bot Connector reuses its tokens: an RSA signature per request would
    // cost the suite more than the bot's own work.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<InboundTokenSpec, string> minted = new();

    /// <summary>
    /// A valid token: Bot Framework issuer, our app id, the msteams-endorsed key, serviceurl = the fake's. Its times are
    /// whole minutes, so specs made within one minute are equal and share a token.
    /// </summary>
    public InboundTokenSpec Spec(string? serviceUrl = null)
    {
        var now = DateTimeOffset.UtcNow;
        var minute = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero);
        return new()
        {
            Issuer = fake.Issuer,
            Audience = fake.AppId,
            ServiceUrl = serviceUrl ?? fake.ServiceUrl,
            NotBefore = minute.AddMinutes(-1),
            Expires = minute.AddMinutes(59),
            KeyId = FakeBotFramework.EndorsedKeyId,
        };
    }

    public string Create(Func<InboundTokenSpec, InboundTokenSpec>? change = null) => Create((change ?? (s => s))(Spec()));

    /// <summary>The Authorization header value: <c>Bearer {token}</c>.</summary>
    public string Header(Func<InboundTokenSpec, InboundTokenSpec>? change = null) => "Bearer " + Create(change);

    public string Create(InboundTokenSpec spec) => minted.GetOrAdd(spec, Mint);

    private string Mint(InboundTokenSpec spec)
    {
        var header = new Dictionary<string, object> { ["alg"] = spec.Algorithm, ["typ"] = "JWT" };
        if (!spec.OmitKeyId)
        {
            header["kid"] = spec.KeyId;
        }

        var payload = Payload(spec);
        var signingInput = $"{Encode(header)}.{Encode(payload)}";
        var signature = Sign(spec, Encoding.ASCII.GetBytes(signingInput));
        if (spec.TamperSignature)
        {
            payload["aud"] = spec.Audience + "-tampered";
            signingInput = $"{Encode(header)}.{Encode(payload)}";
        }
        return $"{signingInput}.{Base64UrlEncoder.Encode(signature)}";
    }

    private static Dictionary<string, object> Payload(InboundTokenSpec spec)
    {
        var payload = new Dictionary<string, object>
        {
            ["iss"] = spec.Issuer,
            ["aud"] = spec.Audience,
            ["iat"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        };
        if (spec.NotBefore is { } nbf)
        {
            payload["nbf"] = nbf.ToUnixTimeSeconds();
        }

        if (spec.Expires is { } exp)
        {
            payload["exp"] = exp.ToUnixTimeSeconds();
        }

        if (spec.ServiceUrl is not null)
        {
            payload["serviceurl"] = spec.ServiceUrl;
        }

        return payload;
    }

    private byte[] Sign(InboundTokenSpec spec, byte[] input) => spec.Algorithm switch
    {
        "none" => [],
        "HS256" => HMACSHA256.HashData(Encoding.UTF8.GetBytes("a shared secret that the bot never has"), input),
        "RS256" => Rsa(spec.KeyId).SignData(input, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
        "RS384" => Rsa(spec.KeyId).SignData(input, HashAlgorithmName.SHA384, RSASignaturePadding.Pkcs1),
        "RS512" => Rsa(spec.KeyId).SignData(input, HashAlgorithmName.SHA512, RSASignaturePadding.Pkcs1),
        _ => throw new ArgumentException($"TestTokens cannot sign with {spec.Algorithm}."),
    };

    private RSA Rsa(string kid) => fake.TryGetKey(kid) is { } key ? key.Rsa : UnknownKey.Value;

    private static string Encode(object value) => Base64UrlEncoder.Encode(JsonSerializer.SerializeToUtf8Bytes(value));
}
