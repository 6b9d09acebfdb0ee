using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using LiaisonBot.App;
using LiaisonBot.Features.DutyFile;
using LiaisonBot.Features.Reports;
using LiaisonBot.Tests.Fakes;
using LiaisonBot.Tests.Features.DutyFile.Points;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Bench;

/// <summary>
/// A large committee's history (by default 10 work years, 60 groups of 10 members, 40 records per member a year) seeded
/// on Azurite, then the duty file, a leader's group list, the secretariat's list of every member and the export measured
/// through the bot's real HTTP endpoint. Points are computed by the bot itself: the rules of each year are attached in
/// the secretariat's chat, which recomputes that year.
/// </summary>
public static class PointsScale
{
    private const int Clients = 4;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(10);
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭"];
    private static readonly string[] Given = ["建华", "秀英", "志强", "海燕", "国平", "丽娟", "文斌", "春梅", "德明", "玉兰", "振宇", "晓红"];

    public static async Task<int> RunAsync(string[] args)
    {
        var dll = args.ElementAtOrDefault(0) ?? throw new ArgumentException("usage: LiaisonBot.Bench points <LiaisonBot.dll> [years] [groups] [members] [records]");
        var years = BenchSetup.Arg(args, 1, 10);
        var groups = BenchSetup.Arg(args, 2, 60);
        var perGroup = BenchSetup.Arg(args, 3, 10);
        var perYear = BenchSetup.Arg(args, 4, 40);
        var workYear = DateTime.UtcNow.Year;
        var storage = TestStorage.ConnectionString;

        await using var fake = await FakeBotFramework.StartAsync();
        var prefix = TestStorage.NewPrefix();
        var settings = BenchSetup.BotSettings(fake, prefix);
        settings["Uploads:DownloadHosts:0"] = "127.0.0.1";

        var csv = Path.Combine(Directory.CreateTempSubdirectory("bench-roster-").FullName, "roster.csv");
        await File.WriteAllTextAsync(csv, RosterCsv(groups, perGroup));
        await using var bot = await BotProcess.StartAsync(dll, BenchSetup.FreePort(), settings);
        await BenchSetup.ImportRosterAsync(dll, settings, csv);
        var roster = LiaisonBot.Features.Roster.RosterCsv.Parse(new StringReader(await File.ReadAllTextAsync(csv))).Roster!;
        var users = roster.Members.ToDictionary(m => m.Code, m => TestUser.For(m, fake.ServiceUrl, fake.AppId, "zh-CN"));
        await BenchSetup.SeedConversationsAsync(storage, prefix, users.Values, roster);

        var seeding = Stopwatch.StartNew();
        var records = await BenchSetup.SeedReportsAsync(new TableClient(storage, prefix + ReportStore.Table), roster, workYear, years, perYear);
        Console.WriteLine($"seeded {records:N0} reports in {seeding.Elapsed.TotalSeconds:0} s");

        var authorization = fake.Tokens.Header(s => s with { ServiceUrl = fake.ServiceUrl });
        using var http = new HttpClient { BaseAddress = bot.Url, Timeout = TimeSpan.FromMinutes(10) };
        var office = users[roster.WithRole(Roles.Secretariat).First().Code];
        var recompute = new List<double>();
        for (var year = workYear - years + 1; year <= workYear; year++)
        {
            var workbook = RulesTemplate.Workbook(RulesTemplate.Expected with { Year = year });
            var clock = Stopwatch.StartNew();
            using var response = await BotInvokes.PostAsync(http, office.Attach($"积分规则-{year}.xlsx", fake.AddFile(workbook)), authorization);
            recompute.Add(clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"rules loaded and points computed for {years} years: {recompute.Sum() / 1000:0.0} s ({recompute.Average() / 1000:0.0} s a year)");

        var members = roster.Members.Where(m => m.GroupCode is not null).Select(m => users[m.Code]).ToList();
        var leaders = roster.WithRole(Roles.Leader).Select(m => users[m.Code]).ToList();
        var memberFile = await ClosedAsync(http, authorization, members, "我的履职档案", _ => (DutyFileVerbs.Mine, null));
        var groupList = await ClosedAsync(http, authorization, leaders, "年度履职积分", _ => (DutyFileVerbs.Points, null));
        var everyone = await ClosedAsync(http, authorization, [office], "年度履职积分", random =>
            (DutyFileVerbs.Points, new Dictionary<string, string> { [DutyFileVerbs.Page] = random.Next(groups * perGroup / 15).ToString(CultureInfo.InvariantCulture) }));
        var exports = new List<double>();
        long exportBytes = 0;
        for (var i = 0; i < 5; i++)
        {
            var (_, card) = await BotInvokes.ExecuteAsync(http, authorization, office, DutyFileVerbs.Export, null);
            var url = new Uri(JsonDocument.Parse(card).RootElement.GetProperty("value").GetProperty("actions")[0].GetProperty("url").GetString()!);
            var clock = Stopwatch.StartNew();
            var bytes = await http.GetByteArrayAsync(url.PathAndQuery);
            exports.Add(clock.Elapsed.TotalMilliseconds);
            exportBytes = bytes.Length;
        }

        Console.WriteLine();
        Console.WriteLine($"| {years} years · {groups} groups · {groups * perGroup} members · {perYear} records a member a year ({records:N0} reports) | p50 | p99 | max | card |");
        Console.WriteLine("|---|---|---|---|---|");
        Row("member: my duty file", memberFile);
        Row("leader: the group's points", groupList);
        Row($"secretariat: every member, a page of {LiaisonBot.Features.DutyFile.PointsOverview.PageSize}", everyone);
        Console.WriteLine($"| secretariat: export workbook ({exportBytes / 1024:N0} KB), 5 downloads | {Percentile(exports, 0.5):0} ms | | {exports.Max():0} ms | |");
        Console.WriteLine($"| rules loaded, a year's points recomputed ({groups * perGroup} members) | {Percentile(recompute, 0.5):0} ms | | {recompute.Max():0} ms | |");
        var failures = memberFile.Failures + groupList.Failures + everyone.Failures;
        var pass = failures == 0 && new[] { memberFile, groupList, everyone }.All(r => r.Percentile(0.99) < 300) && exports.Max() < 5000;
        Console.WriteLine(pass ? "targets met: every card p99 < 300 ms, the export < 5 s, nothing failed" : $"targets NOT met ({failures} failed)");
        return pass ? 0 : 1;
    }

    private static void Row(string what, CardLoad load) =>
        Console.WriteLine($"| {what} ({load.Latencies.Count} in {Duration.TotalSeconds:0} s, {Clients} clients) | {load.Percentile(0.5):0} ms | {load.Percentile(0.99):0} ms | {load.Latencies.Max():0} ms | {load.Bytes / 1024.0:0.0} KB |");

    internal sealed record CardLoad(List<double> Latencies, int Failures, long Bytes)
    {
        public double Percentile(double p) => PointsScale.Percentile(Latencies, p);
    }

    internal static double Percentile(IReadOnlyCollection<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }

    /// <summary>Closed loop: each client asks again as soon as it has its card.</summary>
    internal static async Task<CardLoad> ClosedAsync(HttpClient http, string authorization, IReadOnlyList<TestUser> users, string expected,
        Func<Random, (string Verb, Dictionary<string, string>? Data)> request, TimeSpan? duration = null)
    {
        var latencies = new List<double>();
        var failures = 0;
        long bytes = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async c =>
        {
            var random = new Random(c);
            while (clock.Elapsed < (duration ?? Duration))
            {
                var (verb, data) = request(random);
                var started = clock.Elapsed;
                var (ok, body) = await BotInvokes.ExecuteAsync(http, authorization, users[random.Next(users.Count)], verb, data);
                ok &= body.Contains(expected, StringComparison.Ordinal);
                lock (latencies)
                {
                    latencies.Add((clock.Elapsed - started).TotalMilliseconds);
                    failures += ok ? 0 : 1;
                    bytes = Math.Max(bytes, Encoding.UTF8.GetByteCount(body));
                }
            }
        }));
        return new CardLoad(latencies, failures, bytes);
    }

    internal static string RosterCsv(int groups, int perGroup)
    {
        var csv = new StringBuilder("code,name,group_code,group_name,group_kind,roles,email,aad_object_id\n");
        var n = 0;
        for (var g = 1; g <= groups; g++)
        {
            for (var m = 0; m < perGroup; m++, n++)
            {
                var code = $"B{n + 1:0000}";
                var name = Surnames[n % Surnames.Length] + Given[n / Surnames.Length % Given.Length] + (n / (Surnames.Length * Given.Length) is > 0 and var k ? $"{k}" : "");
                var roles = m == 0 ? "member;leader" : "member";
                csv.Append(CultureInfo.InvariantCulture, $"{code},{name},G{g:00},第{g}联络组,{(g % 3 == 0 ? "agency" : "township")},{roles},{code.ToLowerInvariant()}@bench.example.cn,\n");
            }
        }

        csv.Append("S01,办公室,,,,secretariat,s01@bench.example.cn,\n");
        return csv.ToString();
    }
}
