using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace LiaisonBot.Protocol.Auth;

/// <summary>
/// The Bot Framework signing keys. <see cref="ConfigurationManager{T}"/> refreshes them every 12 h; a token signed with a
/// key we have not seen forces one early refresh, because Microsoft may publish new keys at any time (§1.3).
/// </summary>
internal sealed class BotSigningKeys
{
    // Microsoft.IdentityModel 8.x refreshes in the background after RequestRefresh(), so we wait a little for the new
    // document rather than failing the very request that told us the keys changed.
    private static readonly TimeSpan RefreshWait = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan RefreshPoll = TimeSpan.FromMilliseconds(25);

    private readonly ConfigurationManager<OpenIdConnectConfiguration> manager;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly Lock gate = new();
    private Task? forcedRefresh;
    private DateTimeOffset forcedRefreshAt;

    public BotSigningKeys(Uri metadataUrl, HttpClient http, TimeProvider time, ILogger logger)
    {
        var documents = new HttpDocumentRetriever(http) { RequireHttps = !MetadataUrl.IsLoopback(metadataUrl) };
        manager = new(metadataUrl.AbsoluteUri, new BotOpenIdConfigurationRetriever(), documents);
        this.time = time;
        this.logger = logger;
    }

    /// <summary>The key with this id, refreshing the key set once if it is unknown; null if it is still unknown.</summary>
    /// <exception cref="InvalidOperationException">The metadata has never been fetched successfully.</exception>
    public async Task<BotSigningKey?> FindAsync(string kid, CancellationToken ct)
    {
        var config = await CurrentAsync(ct);
        var key = Find(config, kid);
        if (key is not null)
        {
            return key;
        }

        await ForceRefreshAsync(config, ct);
        return Find(await CurrentAsync(ct), kid);
    }

    private async Task<BotOpenIdConfiguration> CurrentAsync(CancellationToken ct) =>
        (BotOpenIdConfiguration)await manager.GetConfigurationAsync(ct);

    private static BotSigningKey? Find(BotOpenIdConfiguration config, string kid)
    {
        var key = config.SigningKeys.FirstOrDefault(k => string.Equals(k.KeyId, kid, StringComparison.Ordinal));
        return key is null ? null : new(key, config.Endorsements.GetValueOrDefault(kid));
    }

    /// <summary>
    /// At most one forced refresh per <see cref="BaseConfigurationManager.RefreshInterval"/> (5 min); callers inside that
    /// window share it, so tokens with made-up key ids cannot make us hammer the metadata endpoint or stall requests.
    /// </summary>
    private Task ForceRefreshAsync(BotOpenIdConfiguration stale, CancellationToken ct)
    {
        lock (gate)
        {
            var now = this.time.GetUtcNow();
            if (forcedRefresh is null || now - forcedRefreshAt >= manager.RefreshInterval)
            {
                this.logger.LogInformation("Unknown signing key id; refreshing the Bot Framework signing keys");
                forcedRefreshAt = now;
                manager.RequestRefresh();
                forcedRefresh = WaitForNewConfigurationAsync(stale);
            }
            return forcedRefresh.WaitAsync(ct);
        }
    }

    private async Task WaitForNewConfigurationAsync(BotOpenIdConfiguration stale)
    {
        var deadline = this.time.GetUtcNow() + RefreshWait;
        try
        {
            while (this.time.GetUtcNow() < deadline)
            {
                if (!ReferenceEquals(await manager.GetConfigurationAsync(CancellationToken.None), stale))
                {
                    return;
                }

                await Task.Delay(RefreshPoll, this.time);
            }
            this.logger.LogWarning("Bot Framework signing keys were not refreshed within {Wait}", RefreshWait);
        }
        catch (Exception ex)
        {
            // Shared by every caller for the next 5 minutes: a failed refresh must read as "key still unknown", not throw.
            this.logger.LogWarning(ex, "Refreshing the Bot Framework signing keys failed");
        }
    }
}
