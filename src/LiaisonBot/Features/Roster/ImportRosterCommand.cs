using System.Globalization;
using LiaisonBot.Localization;
using LiaisonBot.Storage;

namespace LiaisonBot.Features.Roster;

/// <summary><c>import-roster FILE.csv</c>: the secretariat's way to load or update the committee from the command line.</summary>
public static class ImportRosterCommand
{
    public const string Name = "import-roster";

    public static async Task<int> RunAsync(string[] args)
    {
        var texts = Texts.For(CultureInfo.CurrentUICulture.Name);
        if (args.Length < 2 || !File.Exists(args[1]))
        {
            Console.Error.WriteLine(texts["Import.Usage"]);
            return 2;
        }

        var builder = Host.CreateApplicationBuilder(args[2..]);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddStorage(builder.Configuration);
        builder.Services.AddRoster(builder.Configuration);
        using var host = builder.Build();
        await host.Services.GetRequiredService<Tables>().CreateAllAsync(CancellationToken.None);

        using var file = File.OpenText(args[1]);
        var result = await host.Services.GetRequiredService<RosterImporter>().ImportAsync(file, CancellationToken.None);
        foreach (var line in RosterImportReport.Lines(result, texts))
        {
            (result.Succeeded ? Console.Out : Console.Error).WriteLine(line);
        }

        return result.Succeeded ? 0 : 1;
    }
}
