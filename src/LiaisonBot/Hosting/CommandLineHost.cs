using LiaisonBot.App;
using LiaisonBot.Features.Roster;
using LiaisonBot.Localization;
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

    /// <summary>
    /// A file named on the command line, resolved from where the user stands. <c>dotnet run --project src/LiaisonBot</c>
    /// starts the program in the project folder (the Web SDK's run directory), but the shell's <c>PWD</c> still names the
    /// folder the user typed the command in.
    /// </summary>
    public static string UserPath(string path) =>
        Path.GetFullPath(path, Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } pwd && Directory.Exists(pwd)
            ? pwd
            : Environment.CurrentDirectory);

    /// <summary>The input file, or null after telling the user which full path does not exist.</summary>
    public static string? ExistingFile(string path, Texts texts)
    {
        var full = UserPath(path);
        if (File.Exists(full))
        {
            return full;
        }

        Console.Error.WriteLine(texts.Format("Cli.FileNotFound", full));
        return null;
    }
}
