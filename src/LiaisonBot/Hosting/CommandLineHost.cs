using LiaisonBot.App;
using LiaisonBot.Features.Roster;
using LiaisonBot.Storage;

namespace LiaisonBot.Hosting;

/// <summary>
/// The services a command-line verb (import-roster, import-plans, export-scores) runs with: the bot's own storage and
/// roster with the same settings as the bot (environment, appsettings, <c>--Key=Value</c>), its tables created, and
/// whatever the verb adds. No web server, no background work.
/// </summary>
public static class CommandLineHost
{
    public static async Task<IHost> StartAsync(string[] settings, Action<IServiceCollection, IConfiguration> add)
    {
        var builder = Host.CreateApplicationBuilder(settings);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddStorage(builder.Configuration);
        builder.Services.AddApp(builder.Configuration);
        builder.Services.AddRoster();
        add(builder.Services, builder.Configuration);
        var host = builder.Build();
        await host.Services.GetRequiredService<Tables>().CreateAllAsync(CancellationToken.None);
        return host;
    }
}
