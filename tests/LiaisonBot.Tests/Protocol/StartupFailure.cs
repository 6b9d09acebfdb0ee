using LiaisonBot.Storage;
using LiaisonBot.Tests.Fakes;
using LiaisonBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Tests.Protocol;

/// <summary>Starts the real bot with settings it should refuse, and returns why it refused to start.</summary>
public static class StartupFailure
{
    /// <param name="settings">Override the fake Bot Framework's and test storage's settings; a null value removes one.</param>
    public static async Task<OptionsValidationException> OfAsync(string environment, IDictionary<string, string?> settings)
    {
        await using var fake = await FakeBotFramework.StartAsync();
        var keyRing = Directory.CreateTempSubdirectory("liaisonbot-keys-");
        // Production refuses a key ring without a certificate: each test removes it only when that is what it tests.
        var all = new Dictionary<string, string?>(fake.Configuration) { ["KeyRing:Path"] = keyRing.FullName };
        foreach (var (key, value) in TestStorage.Settings(TestStorage.NewPrefix())
                     .Concat(TestCertificates.KeyRingSettings(TestCertificates.SharedPfx)).Concat(settings))
        {
            all[key] = value;
        }

        try
        {
            await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
            {
                web.UseEnvironment(environment);
                foreach (var (key, value) in all)
                {
                    web.UseSetting(key, value);
                }

                web.ConfigureTestServices(services => services.TrustFakeBotFramework(fake));
            });
            return Assert.Throws<OptionsValidationException>(() => factory.Services.GetRequiredService<Tables>());
        }
        finally
        {
            keyRing.Delete(recursive: true);
        }
    }
}
