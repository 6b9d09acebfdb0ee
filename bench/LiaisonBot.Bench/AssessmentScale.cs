using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using LiaisonBot.App;
using LiaisonBot.Features.Assessment;
using LiaisonBot.Features.Assessment.Figures;
using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Features.Assessment.Results;
using LiaisonBot.Features.Reports;
using LiaisonBot.Storage;
using LiaisonBot.Tests.Fakes;
using LiaisonBot.Tests.Features.Assessment.Results;
using LiaisonBot.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Bench;

/// <summary>
/// The annual assessment at a large committee's scale: by default 60 groups of 10 members with 10 years of assessments
/// (nine approved, the last open), each year's rows written through <see cref="AssessmentStore"/> with figures as large
/// as a busy year makes them (every verified record behind the records-per-member item) and entries (claims, entered
/// scores, bonus, adjustments). Then the scorecard, the ranking and a figure's records are measured through the bot's
/// real endpoint, and a tap between the bot and Azurite shows what each card reads: one partition, the year's.
/// </summary>
public static partial class AssessmentScale
{
    private const int Clients = 4;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(8);

    public static async Task<int> RunAsync(string[] args)
    {
        var dll = args.ElementAtOrDefault(0) ?? throw new ArgumentException("usage: LiaisonBot.Bench assessment <LiaisonBot.dll> [years] [groups] [members] [records]");
        var years = BenchSetup.Arg(args, 1, 10);
        var groups = BenchSetup.Arg(args, 2, 60);
        var perGroup = BenchSetup.Arg(args, 3, 10);
        var perYear = BenchSetup.Arg(args, 4, 40);
        var last = DateTime.UtcNow.Year;
        var storage = TestStorage.ConnectionString;

        await using var fake = await FakeBotFramework.StartAsync();
        var prefix = TestStorage.NewPrefix();
        var (tap, tapped) = StorageTap.Before(storage);
        await using var _ = tap;
        var settings = BenchSetup.BotSettings(fake, prefix);
        settings["Storage:ConnectionString"] = tapped;
        settings["Roster:RecheckAfter"] = "00:00:05"; // production default: the bench must not measure a test setting

        var csv = Path.Combine(Directory.CreateTempSubdirectory("bench-roster-").FullName, "roster.csv");
        await File.WriteAllTextAsync(csv, PointsScale.RosterCsv(groups, perGroup));
        await using var bot = await BotProcess.StartAsync(dll, BenchSetup.FreePort(), settings);
        await BenchSetup.ImportRosterAsync(dll, settings, csv);
        var roster = LiaisonBot.Features.Roster.RosterCsv.Parse(new StringReader(await File.ReadAllTextAsync(csv))).Roster!;
        var users = roster.Members.ToDictionary(m => m.Code, m => TestUser.For(m, fake.ServiceUrl, fake.AppId, "zh-CN"));
        await BenchSetup.SeedConversationsAsync(storage, prefix, users.Values, roster);

        var seeding = Stopwatch.StartNew();
        var store = new AssessmentStore(new Tables(new StorageAccount(new StorageOptions { ConnectionString = storage, TablePrefix = prefix }, LiaisonBot.Hosting.AzureCloud.Public), []));
        var first = last - years + 1;
        long figureChars = 0;
        for (var year = first; year <= last; year++)
        {
            figureChars = Math.Max(figureChars, await SeedYearAsync(store, roster, year, year == last ? AssessmentState.Open : AssessmentState.Approved));
        }

        Console.WriteLine($"seeded {years} years × {groups} groups through AssessmentStore in {seeding.Elapsed.TotalSeconds:0} s (a group's figures: {figureChars / 1024:N0} K characters)");
        var history = Stopwatch.StartNew();
        var reports = await BenchSetup.SeedReportsAsync(new TableClient(storage, prefix + ReportStore.Table), roster, last, years, perYear);
        Console.WriteLine($"seeded {reports:N0} reports ({years} years, {perYear} a member a year) in {history.Elapsed.TotalSeconds:0} s");
        tap.Take();

        // What storage alone costs for a year's group rows in full, read from here: the cards keep them between turns.
        var direct = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            await store.GroupsAsync(last - i, CancellationToken.None);
            direct.Add(clock.Elapsed.TotalMilliseconds);
        }
        tap.Take();

        var authorization = fake.Tokens.Header(s => s with { ServiceUrl = fake.ServiceUrl });
        using var http = new HttpClient { BaseAddress = bot.Url, Timeout = TimeSpan.FromMinutes(2) };
        var office = users[roster.WithRole(Roles.Secretariat).First().Code];
        var leaders = roster.WithRole(Roles.Leader).Select(m => users[m.Code]).ToList();
        var members = roster.Members.Where(m => m.GroupCode is not null).Select(m => users[m.Code]).ToList();
        string Year(Random r, bool approvedOnly) => (first + r.Next(approvedOnly ? years - 1 : years)).ToString(CultureInfo.InvariantCulture);

        // Computing: the secretariat's "recompute" of the open year, every group's figures from its year of data, through the bot.
        var computing = new List<double>();
        var computeReads = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            var (ok, body) = await BotInvokes.ExecuteAsync(http, authorization, office, AssessmentVerbs.Recompute, new Dictionary<string, string> { [AssessmentVerbs.Year] = $"{last}" });
            computing.Add(clock.Elapsed.TotalMilliseconds);
            if (!ok || !body.Contains($"已重新计算 {groups} 个联络组", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"the recompute of {last} failed: {body}");
            }

            computeReads = tap.Take();
        }

        var yearNamed = ComputeReads(computeReads, prefix, last);

        // Warm the JIT and the roster cache first on the last year alone: the targets are about a running bot.
        await PointsScale.ClosedAsync(http, authorization, leaders, "年度考核", _ => (AssessmentVerbs.Scorecard, new() { [AssessmentVerbs.Year] = $"{last}" }), TimeSpan.FromSeconds(3));
        // The first card of each other year reads its rows in full (as the first card after any change to a year does).
        var cold = new List<double>();
        var coldReads = "";
        tap.Take();
        for (var year = first; year < last; year++)
        {
            var clock = Stopwatch.StartNew();
            var (ok, body) = await BotInvokes.ExecuteAsync(http, authorization, leaders[year % leaders.Count], AssessmentVerbs.Scorecard, new Dictionary<string, string> { [AssessmentVerbs.Year] = $"{year}" });
            cold.Add(clock.Elapsed.TotalMilliseconds);
            if (!ok || !body.Contains("年度考核", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"the first scorecard of {year} failed: {body}");
            }

            if (year == first)
            {
                coldReads = string.Join("; ", tap.Take().Where(r => !r.Contains("Conversations", StringComparison.Ordinal)).Select(r => r.Replace(prefix, "", StringComparison.Ordinal)));
            }
        }

        tap.Take();

        var loads = new List<(string What, PointsScale.CardLoad Load, List<string> Reads)>();
        async Task Measure(string what, IReadOnlyList<TestUser> who, string expected, Func<Random, (string, Dictionary<string, string>?)> request)
        {
            Console.WriteLine($"{what} ...");
            var load = await PointsScale.ClosedAsync(http, authorization, who, expected, request, Duration);
            loads.Add((what, load, tap.Take()));
        }

        await Measure("leader: the group's scorecard", leaders, "年度考核", r => (AssessmentVerbs.Scorecard, new() { [AssessmentVerbs.Year] = Year(r, false) }));
        await Measure("secretariat: any group's scorecard", [office], "年度考核", r => (AssessmentVerbs.Scorecard,
            new() { [AssessmentVerbs.Year] = Year(r, false), [AssessmentVerbs.Group] = $"G{1 + r.Next(groups):00}" }));
        await Measure("member: the ranking (approved years)", members, "考核排名", r => (AssessmentVerbs.Ranking, new() { [AssessmentVerbs.Year] = Year(r, true) }));
        await Measure("leader: a figure's records (every verified record)", leaders, "人均核实履职记录", r => (AssessmentVerbs.Figure,
            new() { [AssessmentVerbs.Year] = Year(r, false), [AssessmentVerbs.Item] = "O1", [FigureCard.PageKey] = r.Next(3).ToString(CultureInfo.InvariantCulture) }));

        Console.WriteLine();
        Console.WriteLine($"| {years} years · {groups} groups · {groups * perGroup} members | p50 | p99 | max | card | group rows read a card |");
        Console.WriteLine("|---|---|---|---|---|---|");
        var scans = 0;
        foreach (var (what, load, reads) in loads)
        {
            var rows = reads.Where(r => r.Contains(prefix + AssessmentStore.GroupTable, StringComparison.Ordinal)).ToList();
            var outside = rows.Where(r => !OnePartition().IsMatch(r)).ToList();
            // Each card reads the year's group rows (at least one query); none of them may name anything but one partition.
            scans += outside.Count + (rows.Count < load.Latencies.Count ? 1 : 0);
            outside.Take(3).ToList().ForEach(r => Console.WriteLine($"  not one partition: {r}"));
            Console.WriteLine($"| {what} ({load.Latencies.Count} in {Duration.TotalSeconds:0} s, {Clients} clients) | {load.Percentile(0.5):0} ms | {load.Percentile(0.99):0} ms | " +
                $"{load.Latencies.Max():0} ms | {load.Bytes / 1024.0:0.0} KB | {(double)rows.Count / load.Latencies.Count:0.00} queries, each one year's partition: {outside.Count == 0} |");
        }

        Console.WriteLine($"| the first scorecard of a year (after any change to it): its {groups} group rows read in full, {cold.Count} years one after another | {PointsScale.Percentile(cold, 0.5):0} ms | | {cold.Max():0} ms | | |");

        // One press of each, to show exactly what a card reads: the first of a year, then the same year again.
        Console.WriteLine($"storage requests of the first scorecard of {first} (the sender's own row aside): {coldReads}");
        foreach (var (what, verb, data) in new[]
        {
            ("scorecard", AssessmentVerbs.Scorecard, new Dictionary<string, string> { [AssessmentVerbs.Year] = $"{first + 3}" }),
            ("ranking", AssessmentVerbs.Ranking, new Dictionary<string, string> { [AssessmentVerbs.Year] = $"{first + 3}" }),
        })
        {
            await BotInvokes.ExecuteAsync(http, authorization, leaders[0], verb, data);
            Console.WriteLine($"storage requests of the next {what} of {first + 3} (the sender's own row aside): " + string.Join("; ", tap.Take().Where(r => !r.Contains("Conversations", StringComparison.Ordinal))
                .Select(r => r.Replace(prefix, "", StringComparison.Ordinal))));
        }

        Console.WriteLine($"| recompute of {last}: {groups} groups' figures from {years} years of history ({reports:N0} reports), 3 presses | {PointsScale.Percentile(computing, 0.5):0} ms | | {computing.Max():0} ms | | |");
        Console.WriteLine("storage reads of one recompute, by table (every query names the year or a partition of it, or is a point read of it):");
        foreach (var line in yearNamed.Lines)
        {
            Console.WriteLine("  " + line);
        }

        Console.WriteLine($"a year's {groups} group rows read in full, straight from Azurite: {PointsScale.Percentile(direct, 0.5):0} ms (max {direct.Max():0} ms)");
        var failures = loads.Sum(l => l.Load.Failures);
        var pass = failures == 0 && scans == 0 && yearNamed.Outside == 0 && loads.All(l => l.Load.Percentile(0.99) < 1000) && cold.Max() < 1000;
        Console.WriteLine(pass
            ? "targets met: every card p99 < 1 s (the first of a year too), every read of the groups' rows one year's partition, nothing failed"
            : $"targets NOT met ({failures} failed, {scans} reads outside one partition, {yearNamed.Outside} reads of the recompute not naming the year)");
        return pass ? 0 : 1;
    }

    /// <summary>
    /// The recompute's storage reads summed up by table, and how many neither filter on the year nor read a row of its
    /// partition: those would read other years. Writes and the roster (read once, not a year's data) are left aside.
    /// </summary>
    private static (List<string> Lines, int Outside) ComputeReads(List<string> requests, string prefix, int year)
    {
        var reads = requests.Where(r => r.StartsWith("GET ", StringComparison.Ordinal)).Select(r => r.Replace(prefix, "", StringComparison.Ordinal)).ToList();
        var y = year.ToString(CultureInfo.InvariantCulture);
        bool NamesYear(string r) => r.Contains($"eq {y}", StringComparison.Ordinal) || r.Contains($"eq '{y}'", StringComparison.Ordinal)
            || r.Contains($"eq '{y}-", StringComparison.Ordinal) || r.Contains($"PartitionKey='{y}'", StringComparison.Ordinal) || r.Contains($"RowKey='{y}'", StringComparison.Ordinal);
        var byTable = reads.GroupBy(r => TableName().Match(r) is { Success: true } m ? m.Groups[1].Value : "?").OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var outside = byTable.Where(g => g.Key != "Roster").Sum(g => g.Count(r => !NamesYear(r)));
        return ([.. byTable.Select(g => $"{g.Key}: {g.Count()} reads, {g.Count(NamesYear)} naming {y}" + (g.FirstOrDefault(r => !NamesYear(r)) is { } other && g.Key != "Roster" ? $" — e.g. {other}" : ""))], outside);
    }

    [GeneratedRegex(@"/devstoreaccount1/([A-Za-z]+)")]
    private static partial Regex TableName();

    /// <summary>A query of the group rows that names exactly one partition, or a point read in one; anything else would be a scan.</summary>
    [GeneratedRegex(@"GroupAssessments\(\)\?([^ ]*&)?\$filter=PartitionKey eq '\d{4}'( |&)|GroupAssessments\(PartitionKey='\d{4}'")]
    private static partial Regex OnePartition();

    /// <summary>A year written as the process leaves it: the year's row, each group's row, its figures merged in, its entries.</summary>
    private static async Task<long> SeedYearAsync(AssessmentStore store, Committee roster, int year, AssessmentState state)
    {
        var scheme = ResultsSamples.Scheme with { Year = year };
        await store.TryAddAsync(ResultsSamples.Assessment(state, scheme), CancellationToken.None);
        await store.AddGroupsAsync(year, roster.Groups.Select(g => g.Code), CancellationToken.None);
        long longest = 0;
        await Parallel.ForEachAsync(roster.Groups.Select((g, i) => (g, i)), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (x, ct) =>
        {
            var figures = Figures(roster, x.g, year, x.i);
            var length = AssessmentJson.Write(figures).Length;
            lock (roster)
            {
                longest = Math.Max(longest, length);
            }

            await store.SaveFiguresAsync(year, figures, ct);
            var (_, entries) = ResultsSamples.Other(x.g, x.i + year);
            await store.ChangeGroupAsync(year, x.g.Code, row =>
            {
                row.Write(entries with
                {
                    Bonus = x.i % 4 == 0 ? [new BonusEntry("b1", 3, "调研报告获县委领导批示"), new BonusEntry("b2", 2, "获评市级先进联络组")] : [],
                    Adjustments = x.i % 5 == 0 ? new Dictionary<string, Adjustment> { ["P1"] = new(20, "两项任务逾期未报告进展", "S01", DateTimeOffset.UtcNow) } : entries.Adjustments,
                });
                return true;
            }, ct);
        });
        return longest;
    }

    /// <summary>Figures as a busy year makes them: 40 records a member behind records per member, 15 tasks, every member's minimums.</summary>
    private static GroupFigures Figures(Committee roster, LiaisonBot.App.Group group, int year, int place)
    {
        var members = roster.MembersOf(group.Code).ToList();
        var random = new Random(year * 100 + place);
        Evidence Record(int n) => new(new DateOnly(year, 1 + n % 12, 1 + n % 28), $"{members[n % members.Count].Name}：{year}年第{n + 1}次履职活动", random.Next(10) > 0);
        List<ItemFigure> items =
        [
            new("S1", random.Next(2) * 5, 1, 1, [new(new DateOnly(year, 1, 20), $"{year}年度工作计划", true)]),
            new("S2", random.Next(2) * 5, 1, 1, [new(new DateOnly(year, 12, 18), $"{year}年度工作总结", true)]),
            new("P1", 18 + random.Next(13), 12, 15, [.. Enumerable.Range(0, 15).Select(n => new Evidence(new DateOnly(year, 1 + n % 12, 10), $"任务{n + 1}：走访企业听取意见建议", n < 12))]),
            new("O1", 6 + random.Next(7), 3.6m, 4, [.. Enumerable.Range(0, members.Count * 40).Select(Record)]),
            new("O2", 4 + random.Next(5), 8, 10, [.. members.Select(m => new Evidence(null, $"{m.Name}：达到年度基本要求", random.Next(5) > 0))]),
            new("C1", 10 + random.Next(6), 35, 40, []),
            new("M1", 6 + random.Next(5), 85, 100, [new(new DateOnly(year, 11, 30), $"{year}年群众评议", true)]),
        ];
        return new GroupFigures(group.Code, items, DateTimeOffset.UtcNow);
    }
}
