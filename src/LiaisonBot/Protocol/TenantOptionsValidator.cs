using LiaisonBot.Hosting;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Protocol;

/// <summary>
/// Refuses at start a tenant list that is not one, and none at all in Production: there the secure default is to serve
/// nobody rather than everybody, and a tenant the bot guessed (say, of its first install) could be anyone's.
/// </summary>
internal sealed class TenantOptionsValidator(IHostEnvironment environment) : IValidateOptions<TenantOptions>
{
    private const string Setting = "Bot:AllowedTenants (environment variable Bot__AllowedTenants)";

    public ValidateOptionsResult Validate(string? name, TenantOptions options) =>
        CheckedOptions.Result(Problems(options));

    private IEnumerable<string> Problems(TenantOptions options)
    {
        var entries = options.Entries();
        if (entries.Count == 0 && environment.IsProduction())
        {
            yield return $"{Setting} is required in Production: the tenant ids (GUIDs) of the organisations whose people may " +
                "use the bot, separated by commas. Without it anyone in any Microsoft 365 tenant could use the bot and be " +
                "linked to the roster by the e-mail their own directory reports.";
        }

        foreach (var entry in entries.Where(e => !Guid.TryParse(e, out _)))
        {
            yield return $"{Setting}: '{entry}' is not a tenant id; give the directory (tenant) GUID, not a domain name.";
        }
    }
}
