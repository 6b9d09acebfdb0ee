using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LiaisonBot.Protocol.Auth;

/// <summary>
/// Checks the bearer token the Bot Connector sends with every activity (bot-protocol.md §1.1): the Bot Framework issuer,
/// our app id as audience, lifetime with 5 minutes skew, an RS256/384/512 signature by a published key that is endorsed
/// for the activity's channel, and a <c>serviceurl</c> claim naming the activity's serviceUrl, which must be a channel
/// host of the configured cloud.
/// </summary>
public sealed class BotAuthenticator
{
    public const string MetadataHttpClientName = "LiaisonBot.BotMetadata";

    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotOptions options;
    private readonly BotSigningKeys? keys;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly JsonWebTokenHandler handler = new();
    private readonly VerifiedTokens verified = new();

    /// <exception cref="InvalidOperationException">The metadata URL is not https (or http on a loopback host).</exception>
    public BotAuthenticator(IOptions<BotOptions> options, IHttpClientFactory httpClientFactory, TimeProvider time, ILogger<BotAuthenticator> logger)
    {
        this.options = options.Value;
        this.time = time;
        this.logger = logger;
        var metadataUrl = MetadataUrl.Parse(this.options.ToBotFromChannelOpenIdMetadataUrl, nameof(BotOptions.ToBotFromChannelOpenIdMetadataUrl));
        if (!this.options.IsAnonymous)
        {
            this.keys = new BotSigningKeys(metadataUrl, httpClientFactory.CreateClient(MetadataHttpClientName), time, logger);
        }
    }

    public async Task<AuthResult> AuthenticateAsync(string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken ct)
    {
        // Without an app id there is no audience to check a token against, so a token is refused rather than ignored.
        if (this.keys is null)
        {
            return string.IsNullOrEmpty(authorizationHeader)
                ? AuthResult.Success
                : AuthResult.Fail("Authorization header sent to a bot without MicrosoftAppId (anonymous mode)");
        }

        if (ReadBearer(authorizationHeader) is not { } token)
        {
            return AuthResult.Fail(authorizationHeader is null ? "missing Authorization header" : "Authorization header is not 'Bearer <token>'");
        }

        if (string.IsNullOrEmpty(channelId))
        {
            return AuthResult.Fail("activity has no channelId");
        }

        if (string.IsNullOrEmpty(serviceUrl))
        {
            return AuthResult.Fail("activity has no serviceUrl");
        }

        // The connector sends the same token with every activity for up to an hour. Issuer, audience, algorithm and
        // signature depend on the token alone, so they are checked once; key, endorsement, lifetime and serviceurl every time.
        if (verified.Find(token) is { } known)
        {
            return await AcceptAsync(known, channelId, serviceUrl, ct);
        }

        if (ReadUnvalidated(token) is not { } jwt)
        {
            return AuthResult.Fail("token is not a JWT");
        }

        // Cheap checks on the unvalidated token first: a token we would never accept costs no key lookup or signature work.
        if (!string.Equals(jwt.Issuer, this.options.ToBotFromChannelTokenIssuer, StringComparison.Ordinal))
        {
            return AuthResult.Fail("issuer is not the Bot Framework");
        }

        if (!Algorithms.Contains(jwt.Alg, StringComparer.Ordinal))
        {
            return AuthResult.Fail("signature algorithm not allowed");
        }

        if (string.IsNullOrEmpty(jwt.Kid))
        {
            return AuthResult.Fail("token has no key id");
        }

        var (key, keyFailure) = await FindKeyAsync(jwt.Kid, ct);
        if (key is null)
        {
            return keyFailure!;
        }

        var result = await handler.ValidateTokenAsync(token, Parameters(key.Key));
        if (!result.IsValid)
        {
            return AuthResult.Fail(Describe(result.Exception));
        }

        var validated = (JsonWebToken)result.SecurityToken;
        var accepted = await AcceptAsync(validated, channelId, serviceUrl, ct);
        if (accepted.Succeeded)
        {
            verified.Add(token, validated);
        }

        return accepted;
    }

    private async Task<AuthResult> AcceptAsync(JsonWebToken token, string channelId, string serviceUrl, CancellationToken ct)
    {
        var (key, keyFailure) = await FindKeyAsync(token.Kid, ct);
        if (key is null)
        {
            return keyFailure!;
        }

        if (key.Endorsements is null || !key.Endorsements.Contains(channelId))
        {
            return AuthResult.Fail("signing key not endorsed for the channel");
        }

        if (CheckLifetime(token) is { } lifetimeFailure)
        {
            return AuthResult.Fail(lifetimeFailure);
        }

        if (!token.TryGetPayloadValue<string>("serviceurl", out var claim) || string.IsNullOrEmpty(claim))
        {
            return AuthResult.Fail("token has no serviceurl claim");
        }

        if (!SameServiceUrl(claim, serviceUrl))
        {
            return AuthResult.Fail("serviceurl claim does not match the activity");
        }

        if (!this.options.AcceptsServiceUrl(serviceUrl))
        {
            return AuthResult.Fail($"serviceUrl is not a channel host of the {this.options.Cloud} cloud");
        }

        return AuthResult.Success;
    }

    private async Task<(BotSigningKey? Key, AuthResult? Failure)> FindKeyAsync(string kid, CancellationToken ct)
    {
        try
        {
            return await this.keys!.FindAsync(kid, ct) is { } key ? (key, null) : (null, AuthResult.Fail("unknown signing key"));
        }
        catch (InvalidOperationException ex)
        {
            this.logger.LogError(ex, "Bot Framework signing keys are unavailable");
            return (null, AuthResult.Fail("signing keys unavailable"));
        }
    }

    private TokenValidationParameters Parameters(SecurityKey key) => new()
    {
        ValidIssuer = this.options.ToBotFromChannelTokenIssuer,
        ValidAudience = this.options.MicrosoftAppId,
        ValidAlgorithms = Algorithms,
        IssuerSigningKey = key,
        TryAllIssuerSigningKeys = false,
        RequireSignedTokens = true,
        // Lifetime is checked in CheckLifetime against the injected clock (the library's own check reads the system clock).
        ValidateLifetime = false,
    };

    private string? CheckLifetime(JsonWebToken token)
    {
        var now = this.time.GetUtcNow().UtcDateTime;
        if (token.ValidTo == DateTime.MinValue)
        {
            return "token has no expiry";
        }

        if (now > token.ValidTo + ClockSkew)
        {
            return "token expired";
        }

        if (token.ValidFrom != DateTime.MinValue && now < token.ValidFrom - ClockSkew)
        {
            return "token not yet valid";
        }

        return null;
    }

    private static string? ReadBearer(string? header)
    {
        var parts = header?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts is [var scheme, var token] && scheme == "Bearer" ? token : null;
    }

    private JsonWebToken? ReadUnvalidated(string token)
    {
        if (!handler.CanReadToken(token))
        {
            return null;
        }

        try
        {
            var jwt = new JsonWebToken(token);
            return jwt.IsEncrypted ? null : jwt;
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenException)
        {
            return null;
        }
    }

    // As Bot Builder's ChannelValidation: the whole string, ignoring case. A trailing slash is part of the URL the
    // connector signed, so a token for ".../amer" does not vouch for ".../amer/".
    private static bool SameServiceUrl(string claim, string activity) =>
        string.Equals(claim, activity, StringComparison.OrdinalIgnoreCase);

    private static string Describe(Exception? ex) => ex switch
    {
        SecurityTokenInvalidAudienceException => "audience is not this bot",
        SecurityTokenInvalidIssuerException => "issuer is not the Bot Framework",
        SecurityTokenInvalidAlgorithmException => "signature algorithm not allowed",
        SecurityTokenSignatureKeyNotFoundException => "unknown signing key",
        SecurityTokenInvalidSignatureException => "signature invalid",
        _ => $"token invalid ({ex?.GetType().Name ?? "unknown"})",
    };
}
