using System.Globalization;
using LiaisonBot.App;
using LiaisonBot.Hosting;
using LiaisonBot.Localization;
using LiaisonBot.Spreadsheets;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Features.Plans.Import;

/// <summary>
/// <c>import-plans FILE.xlsx|FILE.csv</c>: the same import as attaching the file in the bot's chat, from the command line.
/// Plans are loaded as drafts or updated in place; publishing stays a step in Teams.
/// </summary>
public static class ImportPlansCommand
{
    public const string Name = "import-plans";

    public static async Task<int> RunAsync(string[] args)
    {
        var texts = Texts.For(CultureInfo.CurrentUICulture.Name);
        if (args.Length < 2)
        {
            Console.Error.WriteLine(texts["Plans.Import.Usage"]);
            return 2;
        }

        if (CommandLineHost.ExistingFile(args[1], texts) is not { } path)
        {
            return 2;
        }

        using var host = await CommandLineHost.StartAsync(args[2..], (services, config) => services.AddPlanImport(config));

        var roster = await host.Services.GetRequiredService<RosterStore>().GetAsync(CancellationToken.None);
        await using var file = File.OpenRead(path);
        var read = await PlanFileReader.ReadAsync(file, Path.GetFileName(path), roster, host.Services.GetRequiredService<IOptions<PlanOptions>>().Value.FileLimits, CancellationToken.None);
        if (!read.Succeeded)
        {
            Console.Error.WriteLine(texts.Plural("Plans.Import.Failed", read.Errors.Count));
            foreach (var error in read.Errors)
            {
                Console.Error.WriteLine(error.Line(texts, "Plans.File.Sheet"));
            }

            return 1;
        }

        var result = await host.Services.GetRequiredService<PlanImporter>().ImportAsync(read.Workbook!, CancellationToken.None);
        Console.WriteLine(texts.Plural("Plans.Import.Summary", result.Groups, result.Year, result.TasksAdded, result.TasksChanged, result.TasksCancelled, result.TasksUnchanged));
        return 0;
    }
}
