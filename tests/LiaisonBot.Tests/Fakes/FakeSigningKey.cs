using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace LiaisonBot.Tests.Fakes;

/// <summary>An RSA key the fake can sign inbound tokens with; published in the JWKS (with its endorsements) or not.</summary>
public sealed class FakeSigningKey(string kid, IReadOnlyList<string>? endorsements, RSA? sharedRsa = null) : IDisposable
{
    public string Kid { get; } = kid;
    public IReadOnlyList<string>? Endorsements { get; } = endorsements;
    public RSA Rsa { get; } = sharedRsa ?? RSA.Create(2048);
    public bool Published { get; internal set; }

    internal Dictionary<string, object> ToJwk()
    {
        var p = Rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["n"] = Base64UrlEncoder.Encode(p.Modulus),
            ["e"] = Base64UrlEncoder.Encode(p.Exponent),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = Endorsements;
        }

        return jwk;
    }

    public void Dispose()
    {
        if (sharedRsa is null)
        {
            Rsa.Dispose();
        }
    }
}
