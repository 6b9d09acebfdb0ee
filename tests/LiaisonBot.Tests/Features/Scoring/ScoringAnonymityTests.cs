using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using LiaisonBot.App;
using LiaisonBot.Features.Scoring;
using LiaisonBot.Features.Scoring.Ballots;
using LiaisonBot.Features.Scoring.Results;
using LiaisonBot.Storage;
using LiaisonBot.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Tests.Features.Scoring;

/// <summary>
/// The adversary's test: a full round on Azurite (12 scorers, 24 groups, revotes), closed; then every table and every
/// captured log line is searched for a scorer (or anything derived from them) next to a score, and the ballots' order
/// and timestamps are matched against the scorers' participation rows. The test knows who gave what (it submitted it),
/// which is more than any adversary has, and uses that to look for links the storage must not hold.
/// </summary>
[StartFirst]
public sealed class ScoringAnonymityTests : IAsyncLifetime
{
    private const int Scorers = 12;
    private static readonly string[] BallotColumns = ["PartitionKey", "RowKey", "Timestamp", "odata.etag", "Group", "Ideas", "Measures", "Methods", "Effect"];

    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(ScoringTesting.Settings());
        await host.ImportRosterAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task AfterClose_NoTableNoLogAndNoOrder_LinksAScorerToAScore_AndTheMeansAreTheSubmittedOnes()
    {
        var s = new ScoringTesting(host);
        var members = ScoringTesting.StandingCommittee.Take(Scorers).ToList();
        var users = await s.InstallAsync(members);
        var id = await s.OpenRoundAsync();
        var (given, final) = Plan(members);

        // First pass in roster order (so an implementation that kept submission order would show it), then revotes.
        foreach (var (user, member) in users.Zip(members))
        {
            var pages = ScoringTesting.Pages(member);
            for (var page = 0; page < pages.Count; page++)
            {
                await SaveWithoutEchoAsync(s, user, id, page, pages[page].ToDictionary(g => g, g => given[(member.Code, g)][0]));
            }
        }

        foreach (var (user, member) in users.Zip(members).Reverse())
        {
            var pages = ScoringTesting.Pages(member);
            foreach (var page in new[] { 1, 4 })
            {
                await SaveWithoutEchoAsync(s, user, id, page, pages[page].ToDictionary(g => g, g => given[(member.Code, g)][^1]));
            }
        }

        var results = Sent.Text(await s.ExecuteAsync(s.Office, ScoringVerbs.CloseConfirm, new { id }));
        await Eventually.HoldsAsync(async () => (await host.RowsAsync(ScoringStore.Table)).Any(r => r.GetBoolean("SealedErased") == true), "sealed copies erased");

        var dump = new List<(string Table, TableEntity Row)>();
        foreach (var table in host.Services.GetServices<DeclaredTable>().Select(t => t.Name).Distinct())
        {
            dump.AddRange((await host.RowsAsync(table)).Select(r => (table, r)));
        }

        var ids = users.Zip(members).ToDictionary(p => p.Second.Code, p => Identifiers(p.First, p.Second));
        var ballots = dump.Where(d => d.Table == BallotStore.Table).Select(d => d.Row).ToList();
        var participation = dump.Where(d => d.Table == BallotBox.Table && d.Row.RowKey.StartsWith(BallotBoxKeys.ParticipationPrefix, StringComparison.Ordinal))
            .Select(d => d.Row).ToList();

        // 1. Ballots hold a group and four scores, nothing else, and nothing that names or derives from a scorer.
        Assert.Equal(final.Count, ballots.Count);
        Assert.All(ballots, b => Assert.Equal(BallotColumns.Order(), b.Keys.Order()));
        Assert.All(ballots, b => Assert.DoesNotContain(ids.Values.SelectMany(x => x), x => Text(b).Contains(x, StringComparison.OrdinalIgnoreCase)));

        // 2. Participation rows name who scored which group, and hold nothing else; no sealed (binary) value is left.
        Assert.Equal(final.Count, participation.Count);
        Assert.All(participation, p => Assert.Equal(BallotColumns.Take(4).Order(), p.Keys.Order()));
        Assert.DoesNotContain(dump, d => d.Table.StartsWith("Scoring", StringComparison.Ordinal) && d.Row.Any(p => p.Value is byte[] or BinaryData));

        // 3. No row and no log line holds a scorer's identifier together with any score they gave (revoted ones too).
        foreach (var (code, identifiers) in ids)
        {
            var tuples = given.Where(g => g.Key.Scorer == code).SelectMany(g => g.Value).Select(Sequence).ToList();
            foreach (var (table, row) in dump.Where(d => identifiers.Any(x => Text(d.Row).Contains(x, StringComparison.OrdinalIgnoreCase))))
            {
                Assert.False(row.Any(p => p.Value is int or long or double or byte[] or BinaryData &&
                    Regex.IsMatch(p.Key, "^(Ideas|Measures|Methods|Effect|Scores?|Total|Sealed)$", RegexOptions.IgnoreCase)), $"{table} {row.RowKey} holds a score");
                Assert.DoesNotContain(tuples, t => t.IsMatch(Scrubbed(Text(row))));
            }

            foreach (var line in host.Logs.Lines.Where(l => identifiers.Any(x => l.Contains(x, StringComparison.OrdinalIgnoreCase))))
            {
                Assert.DoesNotContain(tuples, t => t.IsMatch(Scrubbed(line)));
                Assert.DoesNotContain("LiaisonBot.Features.Scoring", line);
            }
        }

        // 4. Order and time: every ballot was written after the last participation row, and neither the ballots'
        // timestamps nor their keys follow who cast them (the test knows, from the values, whose ballot each one is).
        var owner = final.ToDictionary(f => (f.Key.Group, Key(f.Value)), f => f.Key.Scorer);
        var cast = ballots.Select(b => (Row: b, Scorer: owner[(b.GetString("Group"), Key(Scores(b)))])).ToList();
        Assert.True(ballots.Min(b => b.Timestamp) > participation.Max(p => p.Timestamp), "a ballot was written while scorers were still submitting");
        var submitted = participation.ToDictionary(p => p.RowKey, p => p.Timestamp!.Value);
        var byTime = cast.OrderBy(c => c.Row.Timestamp).ThenBy(c => c.Row.RowKey, StringComparer.Ordinal).ToList();
        var byKey = cast.OrderBy(c => c.Row.RowKey, StringComparer.Ordinal).ToList();
        foreach (var (name, order) in new[] { ("timestamp", byTime), ("row key", byKey) })
        {
            var sameScorerNeighbours = order.Zip(order.Skip(1)).Count(p => p.First.Scorer == p.Second.Scorer) / (double)(order.Count - 1);
            Assert.True(sameScorerNeighbours < 0.2, $"ballots in {name} order come in runs from one scorer ({sameScorerNeighbours:P0}; chance is ~5%)");
            var rho = Spearman(order.Select(c => submitted[BallotBoxKeys.Participation(c.Scorer, c.Row.GetString("Group"))].UtcTicks).Select(t => (double)t).ToList());
            Assert.True(Math.Abs(rho) < 0.25, $"ballot {name} order follows submission order (Spearman {rho:F2})");
        }

        // 5. What is published is what was submitted, last revote counting: on the results card and in the export.
        var csv = await ExportAsync(id);
        foreach (var group in ScoringTesting.Groups)
        {
            var scores = final.Where(f => f.Key.Group == group).Select(f => f.Value).ToList();
            var means = Criteria.All.Select(c => ScoringResults.OneDecimal(scores.Average(x => x[c]))).ToList();
            var total = ScoringResults.OneDecimal(scores.Average(x => x.Total));
            var name = SampleRoster.Roster.Group(group)!.Name;
            Assert.Contains($"\n{name}\n思路 {means[0]:0.0} · 措施 {means[1]:0.0} · 方法 {means[2]:0.0} · 成效 {means[3]:0.0}\n", results);
            Assert.Contains($" · {scores.Count} 票\n{total:0.0}", results);
            Assert.Contains(csv, l => l.Contains($",{group},{name},") && l.Contains($",{scores.Count},5,{string.Join(',', means.Select(m => m.ToString("0.0", CultureInfo.InvariantCulture)))},{total.ToString("0.0", CultureInfo.InvariantCulture)},"));
        }
    }

    /// <summary>Every score each scorer gives (first pass, then revotes of pages 2 and 5), unique per group so the test can tell ballots apart.</summary>
    private static (Dictionary<(string Scorer, string Group), List<Scores>> Given, Dictionary<(string Scorer, string Group), Scores> Final) Plan(List<Member> members)
    {
        var random = new Random(7);
        var used = new HashSet<(string, string)>();
        Scores Fresh(string group)
        {
            while (true)
            {
                var s = new Scores(random.Next(3, 25), random.Next(3, 25), random.Next(3, 25), random.Next(3, 25));
                if (used.Add((group, Key(s))))
                {
                    return s;
                }
            }
        }

        var given = new Dictionary<(string, string), List<Scores>>();
        foreach (var m in members)
        {
            var pages = ScoringTesting.Pages(m);
            for (var page = 0; page < pages.Count; page++)
            {
                foreach (var g in pages[page])
                {
                    given[(m.Code, g)] = page is 1 or 4 ? [Fresh(g), Fresh(g)] : [Fresh(g)];
                }
            }
        }

        return (given, given.ToDictionary(g => g.Key, g => g.Value[^1]));
    }

    private static async Task SaveWithoutEchoAsync(ScoringTesting s, TestUser user, string id, int page, Dictionary<string, Scores> scores)
    {
        var card = await s.SaveAsync(user, id, page, scores);
        Assert.Contains("的评分已记录", Sent.Text(card));
        Assert.DoesNotContain(scores.Values.Select(Sequence), t => t.IsMatch(card.ToJsonString()));
    }

    /// <summary>Everything that could point at the scorer: ids, names, addresses, and their common hashes and encodings.</summary>
    private static List<string> Identifiers(TestUser user, Member member)
    {
        var plain = new[] { member.Code, member.Name, member.Email, user.Id, user.ConversationId, member.AadObjectId }.OfType<string>().ToList();
        var derived = plain.SelectMany(p => new[]
        {
            Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(p))), Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(p))),
            Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(p))), Convert.ToBase64String(Encoding.UTF8.GetBytes(p)),
        });
        return [.. plain, .. derived];
    }

    private async Task<List<string>> ExportAsync(string roundId)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("scores-").FullName, "scores.csv");
        var storage = host.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var exit = await ExportScoresCommand.RunAsync([ExportScoresCommand.Name, roundId, file,
            $"--Storage:ConnectionString={storage.ConnectionString}", $"--Storage:TablePrefix={storage.TablePrefix}"]);
        Assert.Equal(0, exit);
        var lines = (await File.ReadAllLinesAsync(file, Encoding.UTF8)).ToList();
        Assert.Equal(string.Join(',', ScoresCsv.Header), lines[0]);
        return lines;
    }

    /// <summary>The four scores in order, however separated: "12, 7, 19, 3", "[12,7,19,3]", "12|7|19|3"…</summary>
    private static Regex Sequence(Scores s) =>
        new($@"(?<!\d){s.Ideas}\D{{1,12}}(?<!\d){s.Measures}\D{{1,12}}(?<!\d){s.Methods}\D{{1,12}}(?<!\d){s.Effect}(?!\d)");

    private static string Key(Scores s) => $"{s.Ideas}.{s.Measures}.{s.Methods}.{s.Effect}";

    private static Scores Scores(TableEntity b) =>
        new(b.GetInt32("Ideas")!.Value, b.GetInt32("Measures")!.Value, b.GetInt32("Methods")!.Value, b.GetInt32("Effect")!.Value);

    /// <summary>
    /// Blanks machine-made values (GUIDs, ISO timestamps and the ETags built from them): they are random in every run and
    /// now and then spell four small numbers in a row by chance, while no implementation would hide a score in one.
    /// </summary>
    private static string Scrubbed(string text) => MachineMade.Replace(text, "#");

    private static readonly Regex MachineMade = new(
        @"[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}|\d{4}-\d{2}-\d{2}T\d{2}(?::|%3A)\d{2}(?::|%3A)\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?");

    private static string Text(TableEntity row) =>
        string.Join('\u001f', row.Select(p => p.Value is DateTimeOffset d ? d.ToString("O") : Convert.ToString(p.Value, CultureInfo.InvariantCulture)));

    /// <summary>Rank correlation of a sequence with its own position (1 = in order, 0 = unrelated).</summary>
    private static double Spearman(IReadOnlyList<double> values)
    {
        var ranks = values.Select((v, i) => (v, i)).OrderBy(x => x.v).Select((x, rank) => (x.i, rank)).OrderBy(x => x.i).Select(x => (double)x.rank).ToList();
        var n = values.Count;
        var positions = Enumerable.Range(0, n).Select(i => (double)i).ToList();
        double Mean(List<double> xs) => xs.Average();
        var (mr, mp) = (Mean(ranks), Mean(positions));
        var cov = ranks.Zip(positions).Sum(p => (p.First - mr) * (p.Second - mp));
        return cov / Math.Sqrt(ranks.Sum(r => (r - mr) * (r - mr)) * positions.Sum(p => (p - mp) * (p - mp)));
    }
}
