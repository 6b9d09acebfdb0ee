using System.Globalization;
using LiaisonBot.Hosting;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Roster;

/// <summary><c>import-roster FILE.csv</c>: the secretariat's way to load or update the committee from the command line.</summary>
public static class ImportRosterCommand
{
    public const string Name = "import-roster";

    public static async Task<int> RunAsync(string[] args)
    {
        var texts = Texts.For(CultureInfo.CurrentUICulture.Name);
        if (args.Length < 2)
        {
            Console.Error.WriteLine(texts["Import.Usage"]);
            return 2;
        }

        if (CommandLineHost.ExistingFile(args[1], texts) is not { } path)
        {
            return 2;
        }

        using var host = await CommandLineHost.StartAsync(args[2..], (_, _) => { });

        using var file = File.OpenText(path);
        var result = await host.Services.GetRequiredService<RosterImporter>().ImportAsync(file, CancellationToken.None);
        foreach (var line in RosterImportReport.Lines(result, texts))
        {
            (result.Succeeded ? Console.Out : Console.Error).WriteLine(line);
        }

        return result.Succeeded ? 0 : 1;
    }
}
