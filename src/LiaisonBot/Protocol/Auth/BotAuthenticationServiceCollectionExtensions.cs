using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Protocol.Auth;

public static class BotAuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// Registers the singleton <see cref="BotAuthenticator"/> and the HTTP client it fetches signing keys with.
    /// Expects <c>services.Configure&lt;BotOptions&gt;(…)</c> to be done by the host.
    /// </summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddBotOptionsValidation();
        services.AddHttpClient(BotAuthenticator.MetadataHttpClientName, http => http.Timeout = TimeSpan.FromSeconds(30));
        services.TryAddSingleton<BotAuthenticator>();
        return services;
    }

    /// <summary>Checks <see cref="BotOptions"/> when the host starts (see <see cref="BotOptionsValidator"/>).</summary>
    internal static IServiceCollection AddBotOptionsValidation(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotOptions>, BotOptionsValidator>());
        services.AddOptions<BotOptions>().ValidateOnStart();
        return services;
    }
}
