using System.Globalization;
using LiaisonBot.Features.Plans;
using LiaisonBot.Features.Reports;
using LiaisonBot.Hosting;
using LiaisonBot.Localization;
using LiaisonBot.Spreadsheets;

namespace LiaisonBot.Features.DutyFile.Points;

/// <summary>
/// <c>import-points-rules FILE.xlsx [YEAR]</c>: the same as attaching the rules workbook in the bot's chat, from the command
/// line, and the year's points recomputed. A year given here replaces the workbook's own (the local run loads the sample
/// rules as this year's).
/// </summary>
public static class ImportRulesCommand
{
    public const string Name = "import-points-rules";

    private const long MaxFileBytes = 5 * 1024 * 1024;

    public static async Task<int> RunAsync(string[] args)
    {
        var texts = Texts.For(CultureInfo.CurrentUICulture.Name);
        int? year = args.Length > 2 && int.TryParse(args[2], CultureInfo.InvariantCulture, out var y) ? y : null;
        if (args.Length < 2)
        {
            Console.Error.WriteLine(texts["Points.Import.Usage"]);
            return 2;
        }

        if (CommandLineHost.ExistingFile(args[1], texts) is not { } path)
        {
            return 2;
        }

        using var host = await CommandLineHost.StartAsync(args[(year is null ? 2 : 3)..], (services, config) =>
        {
            services.AddReportRecords(config);
            services.AddPlanImport(config);
            services.AddPointsBook();
        });
        await using var file = File.OpenRead(path);
        var bytes = await Upload.ReadAtMostAsync(file, MaxFileBytes, CancellationToken.None);
        var read = bytes is null
            ? RuleFileRead.Failed(new SheetError("", 0, "File.TooLarge", Upload.Size(MaxFileBytes)))
            : RuleFileReader.Read(bytes, Path.GetFileName(path), RuleFileLimits.Default, CancellationToken.None);
        if (!read.Succeeded)
        {
            Console.Error.WriteLine(texts.Plural("Points.Import.Failed", read.Errors.Count));
            foreach (var error in read.Errors)
            {
                Console.Error.WriteLine(error.Line(texts, "Points.File.Sheet"));
            }

            return 1;
        }

        var rules = year is { } given ? read.Rules! with { Year = given } : read.Rules!;
        var store = host.Services.GetRequiredService<PointsRulesStore>();
        var changed = await store.SaveAsync(rules, Path.GetFileName(path), Name, DateTimeOffset.UtcNow, CancellationToken.None);
        var members = changed ? await host.Services.GetRequiredService<PointsBook>().RecomputeYearAsync(rules.Year, CancellationToken.None) : 0;
        Console.WriteLine(texts.Format("Points.Rules.Title", rules.Year) + ": " + (changed ? texts.Plural("Points.Import.Done", members) : texts["Points.Import.Unchanged"]));
        return 0;
    }
}
