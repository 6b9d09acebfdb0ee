using System.Text.RegularExpressions;
using LiaisonBot.Hosting;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Storage;

/// <summary>Checks the <c>Storage</c> settings at start-up, naming the setting in every message.</summary>
internal sealed partial class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options) => CheckedOptions.Result(Problems(options));

    private static IEnumerable<string> Problems(StorageOptions options)
    {
        var hasConnectionString = !string.IsNullOrWhiteSpace(options.ConnectionString);
        var hasAccount = !string.IsNullOrWhiteSpace(options.AccountName);
        if (hasConnectionString && hasAccount)
        {
            yield return "Storage:ConnectionString and Storage:AccountName are both set: set only one (Storage:AccountName to sign in " +
                "with the managed identity, Storage:ConnectionString to use the account key).";
        }

        if (hasAccount && !AccountName().IsMatch(options.AccountName!.Trim()))
        {
            yield return $"Storage:AccountName must be the storage account's name, 3–24 lower-case letters and digits (not its URL), got '{options.AccountName}'.";
        }

        if (Setting.Between("Storage:MaxConnections", options.MaxConnections, 1, 1000) is { } connections)
        {
            yield return connections;
        }

        if (!string.IsNullOrWhiteSpace(options.EndpointSuffix) && Uri.CheckHostName(options.EndpointSuffix.Trim()) != UriHostNameType.Dns)
        {
            yield return $"Storage:EndpointSuffix must be a host name suffix such as core.chinacloudapi.cn (no https://, no slash), got '{options.EndpointSuffix}'.";
        }
    }

    [GeneratedRegex("^[a-z0-9]{3,24}$")]
    private static partial Regex AccountName();
}
