namespace LiaisonBot.Storage;

/// <summary>Configuration section <c>Storage</c>.</summary>
public sealed class StorageOptions
{
    public string ConnectionString { get; set; } = "UseDevelopmentStorage=true";

    /// <summary>Prepended to every table name, so test runs and side-by-side deployments can share one account.</summary>
    public string TablePrefix { get; set; } = "";
}
