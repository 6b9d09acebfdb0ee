using Microsoft.Extensions.Options;

namespace LiaisonBot.Storage;

/// <summary>
/// The bot in Production starts only with a real storage account. Not for the command-line verbs: run by hand, they
/// default to Production and are pointed at the local emulator on purpose (the README's import-roster), and an emulator
/// that is not there fails them at once.
/// </summary>
internal sealed class ProductionStorageValidator(IHostEnvironment environment) : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options) =>
        environment.IsProduction() && options.EffectiveConnectionString is { } connection &&
        connection.Contains(StorageOptions.DevelopmentStorage, StringComparison.OrdinalIgnoreCase)
            ? ValidateOptionsResult.Fail(
                "Storage:AccountName or Storage:ConnectionString is required in Production: without one the bot would use the " +
                $"local emulator ({StorageOptions.DevelopmentStorage}). Set Storage:AccountName (environment variable Storage__AccountName) " +
                "to the account's name to sign in with the managed identity, or Storage:ConnectionString to the account's connection string.")
            : ValidateOptionsResult.Success;
}
