namespace LiaisonBot.Tests.Fakes;

/// <summary>What <see cref="TestTokens"/> puts in an inbound token. Start from <see cref="TestTokens.Spec"/> (valid) and change one thing.</summary>
public sealed record InboundTokenSpec
{
    public required string Issuer { get; init; }
    public required string Audience { get; init; }

    /// <summary>The <c>serviceurl</c> claim; null leaves the claim out.</summary>
    public string? ServiceUrl { get; init; }

    public DateTimeOffset? NotBefore { get; init; }
    public DateTimeOffset? Expires { get; init; }

    /// <summary>
    /// Which of the fake's keys signs (published or not; a kid the fake does not know signs with a throwaway key); the id
    /// goes in the header unless <see cref="OmitKeyId"/>.
    /// </summary>
    public required string KeyId { get; init; }
    public bool OmitKeyId { get; init; }

    /// <summary>RS256/RS384/RS512 sign with the RSA key; HS256 with a made-up shared secret; "none" leaves the signature empty.</summary>
    public string Algorithm { get; init; } = "RS256";

    /// <summary>Changes a claim after signing, so the signature no longer matches.</summary>
    public bool TamperSignature { get; init; }
}
