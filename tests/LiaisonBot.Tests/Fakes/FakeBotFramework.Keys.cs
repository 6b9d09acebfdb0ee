using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace LiaisonBot.Tests.Fakes;

public sealed partial class FakeBotFramework
{
    /// <summary>Published, endorsed for msteams and webchat: what valid tokens are signed with.</summary>
    public const string EndorsedKeyId = "fake-key-endorsed";

    /// <summary>Published without an endorsements array.</summary>
    public const string UnendorsedKeyId = "fake-key-unendorsed";

    // Generating 2048-bit keys is most of the cost of starting a fake; the two default keys are shared by all fakes.
    private static readonly Lazy<RSA> EndorsedRsa = new(() => RSA.Create(2048));
    private static readonly Lazy<RSA> UnendorsedRsa = new(() => RSA.Create(2048));

    private readonly ConcurrentDictionary<string, FakeSigningKey> keys = new(StringComparer.Ordinal);
    private int metadataRequests;
    private int jwksRequests;

    public int MetadataRequests => Volatile.Read(ref metadataRequests);
    public int JwksRequests => Volatile.Read(ref jwksRequests);

    /// <summary>Adds a signing key; unpublished keys can still sign tokens (a forger's key, or one published later).</summary>
    public FakeSigningKey AddSigningKey(string kid, IReadOnlyList<string>? endorsements, bool publish = true) =>
        AddSigningKey(new FakeSigningKey(kid, endorsements) { Published = publish });

    private void AddDefaultKeys()
    {
        AddSigningKey(new FakeSigningKey(EndorsedKeyId, ["msteams", "webchat"], EndorsedRsa.Value) { Published = true });
        AddSigningKey(new FakeSigningKey(UnendorsedKeyId, null, UnendorsedRsa.Value) { Published = true });
    }

    private FakeSigningKey AddSigningKey(FakeSigningKey key)
    {
        var kid = key.Kid;
        if (!this.keys.TryAdd(kid, key))
        {
            throw new InvalidOperationException($"Key {kid} exists already.");
        }

        return key;
    }

    /// <summary>Starts serving an unpublished key in the JWKS (Microsoft rolling keys over).</summary>
    public void PublishKey(string kid) => Key(kid).Published = true;

    public FakeSigningKey Key(string kid) =>
        TryGetKey(kid) ?? throw new KeyNotFoundException($"The fake has no signing key {kid}.");

    public FakeSigningKey? TryGetKey(string kid) => this.keys.GetValueOrDefault(kid);

    private void MapKeys(WebApplication app)
    {
        app.MapGet("/v1/.well-known/openidconfiguration", () =>
        {
            Interlocked.Increment(ref metadataRequests);
            return Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = Issuer,
                ["authorization_endpoint"] = new Uri(HttpBaseUrl, "v1/authorize").AbsoluteUri,
                ["jwks_uri"] = new Uri(HttpBaseUrl, "v1/.well-known/keys").AbsoluteUri,
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
            });
        });
        app.MapGet("/v1/.well-known/keys", () =>
        {
            Interlocked.Increment(ref jwksRequests);
            var keys = this.keys.Values.Where(k => k.Published).OrderBy(k => k.Kid, StringComparer.Ordinal).Select(k => k.ToJwk());
            return Results.Json(new { keys });
        });
    }
}
