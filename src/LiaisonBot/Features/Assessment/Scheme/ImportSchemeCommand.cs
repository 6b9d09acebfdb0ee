using System.Globalization;
using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Hosting;
using LiaisonBot.Localization;
using LiaisonBot.Spreadsheets;
using LiaisonBot.Storage;

namespace LiaisonBot.Features.Assessment.Scheme;

/// <summary>
/// <c>import-assessment-scheme FILE.xlsx [YEAR]</c>: the same as attaching the scheme workbook in the bot's chat, from the
/// command line. A year given here replaces the workbook's own, its dates moved with it (the local run loads the sample
/// scheme as this year's).
/// </summary>
public static class ImportSchemeCommand
{
    public const string Name = "import-assessment-scheme";

    private const long MaxFileBytes = 5 * 1024 * 1024;

    public static async Task<int> RunAsync(string[] args)
    {
        var texts = Texts.For(CultureInfo.CurrentUICulture.Name);
        int? year = args.Length > 2 && int.TryParse(args[2], CultureInfo.InvariantCulture, out var y) ? y : null;
        if (args.Length < 2)
        {
            Console.Error.WriteLine(texts["Assessment.Scheme.Import.Usage"]);
            return 2;
        }

        if (CommandLineHost.ExistingFile(args[1], texts) is not { } path)
        {
            return 2;
        }

        using var host = await CommandLineHost.StartAsync(args[(year is null ? 2 : 3)..], (services, _) =>
        {
            services.AddTable(AssessmentStore.Table);
            services.AddTable(AssessmentStore.GroupTable);
            services.AddSingleton<AssessmentStore>();
        });
        await using var file = File.OpenRead(path);
        var bytes = await Upload.ReadAtMostAsync(file, MaxFileBytes, CancellationToken.None);
        var read = bytes is null
            ? SchemeFileRead.Failed(new SheetError("", 0, "File.TooLarge", Upload.Size(MaxFileBytes)))
            : SchemeFileReader.Read(bytes, Path.GetFileName(path), SchemeFileLimits.Default, CancellationToken.None);
        if (!read.Succeeded)
        {
            Console.Error.WriteLine(texts.Plural("Points.Import.Failed", read.Errors.Count));
            foreach (var error in read.Errors)
            {
                Console.Error.WriteLine(error.Line(texts, "Assessment.File.Sheet"));
            }

            return 1;
        }

        var scheme = year is { } given ? MovedTo(read.Scheme!, given) : read.Scheme!;
        var store = host.Services.GetRequiredService<AssessmentStore>();
        var saved = await SchemeSave.SaveAsync(store, scheme, Path.GetFileName(path), Name, DateTimeOffset.UtcNow, CancellationToken.None);
        Console.WriteLine(texts.Format(saved == SchemeSaved.Approved ? "Assessment.Scheme.Import.Approved" : $"Assessment.Scheme.Import.{saved}", scheme.Year));
        return saved == SchemeSaved.Approved ? 1 : 0;
    }

    /// <summary>The scheme as another year's: its dates moved by as many years, and the year in its title with them.</summary>
    public static AssessmentScheme MovedTo(AssessmentScheme scheme, int year)
    {
        var shift = year - scheme.Year;
        return scheme with
        {
            Year = year,
            Title = scheme.Title.Replace(scheme.Year.ToString(CultureInfo.InvariantCulture), year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal),
            Deadline = scheme.Deadline.AddYears(shift),
            Items = [.. scheme.Items.Select(i => i.By is { } by ? i with { By = by.AddYears(shift) } : i)],
        };
    }
}
