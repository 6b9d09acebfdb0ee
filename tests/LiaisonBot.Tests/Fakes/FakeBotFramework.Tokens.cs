using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace LiaisonBot.Tests.Fakes;

public sealed partial class FakeBotFramework
{
    private readonly ConcurrentQueue<TokenRequest> tokenRequests = new();
    private readonly ConcurrentQueue<string> issuedTokens = new();
    private int tokenCounter;

    public IReadOnlyList<TokenRequest> TokenRequests => [.. tokenRequests];

    /// <summary>Access tokens handed out, oldest first; the connector routes see them as <c>Bearer {token}</c>.</summary>
    public IReadOnlyList<string> IssuedTokens => [.. issuedTokens];

    /// <summary>Lifetime of issued tokens; MSAL renews a token 5 minutes before it expires.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The secret header value of the App Service managed identity endpoint at <see cref="ManagedIdentityEndpoint"/>;
    /// MSAL finds that endpoint through the IDENTITY_ENDPOINT and IDENTITY_HEADER environment variables.
    /// </summary>
    public string ManagedIdentityHeader { get; } = "fake-identity-header";

    public string ManagedIdentityEndpoint => new Uri(HttpBaseUrl, "msi/token").AbsoluteUri;

    private string IssueToken()
    {
        var token = $"fake-bot-token-{Interlocked.Increment(ref tokenCounter)}";
        issuedTokens.Enqueue(token);
        return token;
    }

    private void MapTokenEndpoint(WebApplication app)
    {
        // App Service's managed identity protocol (api-version 2019-08-01): GET with resource and client_id in the query.
        app.MapGet("/msi/token", (HttpRequest request, string? resource, string? client_id) =>
        {
            tokenRequests.Enqueue(new TokenRequest("managed-identity", client_id, resource, null));
            if (request.Headers["X-IDENTITY-HEADER"] != ManagedIdentityHeader || client_id != AppId)
            {
                return Results.Json(new { statusCode = 400, message = "Unknown identity" }, statusCode: 400);
            }

            var expiresOn = DateTimeOffset.UtcNow.Add(TokenLifetime).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Json(new { access_token = IssueToken(), expires_on = expiresOn, resource, token_type = "Bearer", client_id });
        });

        app.MapPost("/{tenant}/oauth2/v2.0/token", async (string tenant, HttpRequest request) =>
        {
            if (!request.IsHttps)
            {
                return Results.BadRequest(new { error = "invalid_request", error_description = "https only" });
            }

            var form = await request.ReadFormAsync();
            tokenRequests.Enqueue(new TokenRequest(tenant, form["client_id"], form["scope"], form["grant_type"]));
            if (form["grant_type"] != "client_credentials" || form["client_id"] != AppId || form["client_secret"] != AppPassword)
            {
                return Results.Json(new { error = "invalid_client", error_description = "AADSTS7000215: Invalid client secret provided." }, statusCode: 401);
            }

            var seconds = (long)TokenLifetime.TotalSeconds;
            return Results.Json(new { token_type = "Bearer", access_token = IssueToken(), expires_in = seconds, ext_expires_in = seconds });
        });
    }
}
