using System.Globalization;
using System.Text;
using LiaisonBot.App;
using LiaisonBot.Features.Scoring.Ballots;
using LiaisonBot.Features.Scoring.Results;
using LiaisonBot.Hosting;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Scoring;

/// <summary>
/// <c>export-scores [ROUND-ID | YEAR] [FILE.csv] [--Key=Value…]</c>: a closed round's results as CSV for the annual
/// assessment; by default the latest closed round, to the screen. A file gets a byte-order mark so Excel reads the
/// Chinese group names. Only results leave: the ballots themselves stay in storage.
/// </summary>
public static class ExportScoresCommand
{
    public const string Name = "export-scores";

    public static async Task<int> RunAsync(string[] args)
    {
        var texts = Texts.For(CultureInfo.CurrentUICulture.Name);
        var positional = args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (positional.Count > 2)
        {
            Console.Error.WriteLine(texts["Export.Usage"]);
            return 2;
        }

        using var host = await CommandLineHost.StartAsync(
            args.Skip(1).Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToArray(), (services, config) => services.AddScoringStorage(config));

        var which = positional.FirstOrDefault();
        var rounds = host.Services.GetRequiredService<ScoringStore>();
        var round = (await rounds.AllAsync(CancellationToken.None)).Where(r => r is { Status: RoundState.Closed, BallotPartition: not null })
            .Where(r => which is null || r.Id == which || r.WorkYear.ToString(CultureInfo.InvariantCulture) == which)
            .MaxBy(r => r.ClosedAt);
        if (round is null)
        {
            Console.Error.WriteLine(texts.Format("Export.NoRound", which ?? "—"));
            return 1;
        }

        var ballots = await host.Services.GetRequiredService<BallotStore>().ReadAsync(round.BallotPartition!, CancellationToken.None);
        var roster = await host.Services.GetRequiredService<RosterStore>().GetAsync(CancellationToken.None);
        var results = ScoringResults.Compute(round, ballots);
        if (positional.ElementAtOrDefault(1) is { } name)
        {
            var file = CommandLineHost.UserPath(name);
            await using var output = new StreamWriter(file, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            ScoresCsv.Write(output, round, results, roster);
            Console.Error.WriteLine(texts.Plural("Export.Done", results.Count, round.WorkYear, file));
        }
        else
        {
            ScoresCsv.Write(Console.Out, round, results, roster);
        }

        return 0;
    }
}
