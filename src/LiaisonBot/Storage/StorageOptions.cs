namespace LiaisonBot.Storage;

/// <summary>Configuration section <c>Storage</c>: the account by connection string, or by name with a managed identity.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The local emulator's shorthand: what the bot uses when neither a connection string nor an account is set.</summary>
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

    /// <summary>A connection string (with an account key or SAS). Empty with no <see cref="AccountName"/>: Azurite.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// The storage account's name: the bot then reaches <c>https://{name}.table.{suffix}</c> (and queue, blob) with
    /// DefaultAzureCredential (the managed identity in Azure), so no account key lives in settings.
    /// </summary>
    public string? AccountName { get; set; }

    /// <summary>Overrides the cloud's storage suffix (<c>core.windows.net</c>, <c>core.chinacloudapi.cn</c>…).</summary>
    public string? EndpointSuffix { get; set; }

    /// <summary>
    /// How many connections the bot keeps open to each storage endpoint at most; a turn beyond them waits for one. A few
    /// busy connections cost storage less per request than many (Azurite spent up to half as much again on each insert
    /// when the bench's open loop let 32 run at once), and the committee's load needs nowhere near the SDK's own 50.
    /// </summary>
    public int MaxConnections { get; set; } = 8;

    /// <summary>Prepended to every table name, so test runs and side-by-side deployments can share one account.</summary>
    public string TablePrefix { get; set; } = "";

    /// <summary>The connection string the bot uses, or null when it reaches the account by name.</summary>
    internal string? EffectiveConnectionString =>
        !string.IsNullOrWhiteSpace(ConnectionString) ? ConnectionString.Trim()
        : string.IsNullOrWhiteSpace(AccountName) ? DevelopmentStorage
        : null;
}
