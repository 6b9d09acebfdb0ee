using System.Diagnostics;
using System.Globalization;
using LiaisonBot.Bench;
using LiaisonBot.Tests.Fakes;
using LiaisonBot.Tests.Infrastructure;

// The turn path through the real bot (report submissions, help cards, a realistic mix): see scripts/bench.sh, which starts Azurite and builds everything first.
// Usage: LiaisonBot.Bench <bot dll> [clients=8] [seconds=15]
//        LiaisonBot.Bench points <bot dll> [years=10] [groups=60] [members per group=10] [records per member a year=40]
//        LiaisonBot.Bench ballots <bot dll> [codes=2000] [clients=200]
//        LiaisonBot.Bench assessment <bot dll> [years=10] [groups=60] [members per group=10]
if (args.FirstOrDefault() == "points")
{
    return await PointsScale.RunAsync(args[1..]);
}

if (args.FirstOrDefault() == "assessment")
{
    return await AssessmentScale.RunAsync(args[1..]);
}

if (args.FirstOrDefault() == "ballots")
{
    return await BallotRush.RunAsync(args[1..]);
}

var dll = args.ElementAtOrDefault(0) ?? throw new ArgumentException("usage: LiaisonBot.Bench <path to LiaisonBot.dll> [clients] [seconds]");
var clients = int.Parse(args.ElementAtOrDefault(1) ?? "8", CultureInfo.InvariantCulture);
var duration = TimeSpan.FromSeconds(int.Parse(args.ElementAtOrDefault(2) ?? "15", CultureInfo.InvariantCulture));
var storage = TestStorage.ConnectionString;

Console.WriteLine($"Azurite raw UpsertEntity rate, {duration.TotalSeconds:0} s each ...");
var ((rawSequential, rawP99, rawMax), rawCpu) = await CpuSplit.MeasureAsync(null, () => AzuriteRaw.UpsertsPerSecondAsync(storage, 1, duration));
var (rawConcurrent, _, _) = await AzuriteRaw.UpsertsPerSecondAsync(storage, clients, duration);
// "Raw rate" = single UpsertEntity calls, one after another, from one process: what storage alone does per caller.
var raw = rawSequential;

await using var fake = await FakeBotFramework.StartAsync();
var settings = BenchSetup.BotSettings(fake, TestStorage.NewPrefix());
settings["Roster:RecheckAfter"] = "00:00:05"; // production default: the bench must not measure a test setting
await using var bot = await BotProcess.StartAsync(dll, BenchSetup.FreePort(), settings);
await BenchSetup.ImportRosterAsync(dll, settings, RepoTools.PathOf("samples", "roster.csv"));

TestUser Teams(LiaisonBot.App.Member m) => TestUser.For(m, fake.ServiceUrl, fake.AppId, "zh-CN");
var users = SampleRoster.Roster.WithRole(LiaisonBot.App.Roles.Member).Select(Teams).ToList();
await BenchSetup.SeedConversationsAsync(storage, settings["Storage:TablePrefix"]!, SampleRoster.Roster.Members.Select(Teams), SampleRoster.Roster);
// A committee two years into its term and near the end of the third: 40 reports a member a year, as the lists will hold.
var history = await BenchSetup.SeedReportsAsync(new Azure.Data.Tables.TableClient(storage, settings["Storage:TablePrefix"] + LiaisonBot.Features.Reports.ReportStore.Table),
    SampleRoster.Roster, DateTime.UtcNow.Year, years: 3, perYear: 40);
Console.WriteLine($"{history:N0} reports of three years stored");
var load = new TurnLoad(bot.Url, fake.Tokens.Header(s => s with { ServiceUrl = fake.ServiceUrl }));
TurnSpec Submit(Random r) => Mix.Submit(users[r.Next(users.Count)]);
TurnSpec Help(Random r) => Mix.Help(users[r.Next(users.Count)]);

// The first seconds after a start cost more: the JIT compiles and then recompiles (tiering) every method the turns use.
// They are measured apart from the steady state, which is what the targets are about.
Console.WriteLine("help cards in the first 5 s after start (JIT warming) ...");
var (coldHelp, coldHelpCpu) = await Measured(() => load.ClosedAsync(clients, TimeSpan.FromSeconds(5), Help));

Console.WriteLine("the secretariat opens a scoring round and sends a notice to everyone ...");
var mix = await Mix.PrepareAsync(load, Teams);
var warmUp = TimeSpan.FromSeconds(int.Parse(Environment.GetEnvironmentVariable("BENCH_WARMUP_SECONDS") ?? "20", CultureInfo.InvariantCulture));
Console.WriteLine($"warming up: the mix and help cards for {warmUp.TotalSeconds:0} s ...");
await load.ClosedAsync(clients, warmUp / 2, mix.Next);
await load.ClosedAsync(clients, warmUp / 2, Help);

Console.WriteLine("help cards, steady: the whole pipeline without storage, for the bot's own cost ...");
var (help, helpCpu) = await Measured(() => load.ClosedAsync(clients, TimeSpan.FromSeconds(5), Help));

// The mix and each kind alone go before the submission loops, which file tens of thousands of reports: the lists are
// then read at the size the seeded history gives them, not at the bench's.
var filedBeforeMix = history + load.Filed;
Console.WriteLine($"the mix, closed loop, {clients} clients ({filedBeforeMix} reports stored) ...");
var (mixed, cpuPerMixed) = await Measured(() => load.ClosedAsync(clients, duration, mix.Next));
var alone = new Dictionary<string, (LoadResult Result, double CpuMs)>();
foreach (var kind in Mix.Kinds.OrderBy(k => k == Mix.Submit(users[0]).Kind))
{
    Console.WriteLine($"{kind} alone, closed loop, {clients} clients, 3 s ...");
    alone[kind] = await Measured(() => load.ClosedAsync(clients, TimeSpan.FromSeconds(3), mix.Only(kind)));
}

Console.WriteLine($"report submissions, closed loop, {clients} clients ...");
var (closed, closedCpu) = await CpuSplit.MeasureAsync(bot, () => load.ClosedAsync(clients, duration, Submit));
var cpuPerSubmission = closedCpu.BotMs(closed.PerSecond);
var rssAfterClosed = bot.PeakRssMiB();
// Below the target rate first: where latency starts to climb tells a queue at capacity from stalls that hit any rate.
var knee = new List<(double Share, LoadResult Result, CpuSplit Cpu)>();
foreach (var share in new[] { 0.5, 0.65, 0.8 })
{
    Console.WriteLine($"report submissions, open loop at {share} × raw = {share * raw:0}/s ...");
    var (result, cpu) = await CpuSplit.MeasureAsync(bot, () => load.OpenAsync(share * raw, duration, Submit));
    knee.Add((share, result, cpu));
}

var target = 0.8 * raw;
var open = knee[^1].Result;
var rss = bot.PeakRssMiB();

// Cold start: a second bot process on the same (now filled) storage, timed from its start until it answers a help invoke
// as Teams would send it, the first one after a deployment or a scale-out.
Console.WriteLine("cold start of a second instance ...");
// It reaches storage through a tap, which then counts what one more submission asks of storage once the instance is warm.
var (secondTap, tapped) = StorageTap.Before(storage);
await using var tap = secondTap;
var coldClock = Stopwatch.StartNew();
await using var second = await BotProcess.StartAsync(dll, BenchSetup.FreePort(), new Dictionary<string, string?>(settings) { ["Storage:ConnectionString"] = tapped });
var secondLoad = new TurnLoad(second.Url, fake.Tokens.Header(s => s with { ServiceUrl = fake.ServiceUrl }));
while (!await secondLoad.SendAsync(Mix.Help(users[0])) && coldClock.Elapsed < TimeSpan.FromSeconds(60))
{
    await Task.Delay(10);
}

var coldStart = coldClock.Elapsed;
var perSubmission = await StorageRequests.PerTurnAsync(tap, settings["Storage:TablePrefix"]!, secondLoad, users.Select(Mix.Submit).ToList());
var failures = closed.Failures + mixed.Failures + knee.Sum(k => k.Result.Failures) + help.Failures + alone.Values.Sum(a => a.Result.Failures);

Console.WriteLine();
Console.WriteLine($"| measure | value |");
Console.WriteLine($"|---|---|");
Console.WriteLine($"| Azurite raw UpsertEntity, 1 caller | {rawSequential:0}/s (p99 {rawP99:0.0} ms, max {rawMax:0} ms) |");
Console.WriteLine($"| Azurite raw UpsertEntity, {clients} concurrent callers | {rawConcurrent:0}/s |");
Console.WriteLine($"| report submissions, closed loop {clients} clients | {closed.PerSecond:0}/s ({closed.PerSecond / raw:0.00} × raw, {closed.PerSecond / rawConcurrent:0.00} × concurrent raw) |");
Console.WriteLine($"| report submissions, closed loop: p50 / p99 | {closed.Percentile(0.5):0.0} / {closed.Percentile(0.99):0.0} ms |");
Console.WriteLine($"| bot CPU per submission | {cpuPerSubmission:0.00} ms |");
Console.WriteLine($"| CPU per raw upsert: Azurite / the calling process | {rawCpu.StorageMs(rawSequential)} / {rawCpu.LoadMs(rawSequential):0.00} ms; Azurite's one thread {rawCpu.StorageBusy} busy |");
Console.WriteLine($"| CPU per submission, closed loop: bot / Azurite / load | {cpuPerSubmission:0.00} / {closedCpu.StorageMs(closed.PerSecond)} / {closedCpu.LoadMs(closed.PerSecond):0.00} ms; Azurite's one thread {closedCpu.StorageBusy} busy |");
Console.WriteLine($"| bot CPU per help invoke (no storage), steady | {helpCpu:0.00} ms ({help.PerSecond:0}/s) |");
Console.WriteLine($"| bot CPU per help invoke, first 5 s after start | {coldHelpCpu:0.00} ms ({coldHelp.PerSecond:0}/s) |");
Console.WriteLine($"| report submissions, open loop at {target:0}/s: achieved | {open.PerSecond:0}/s ({open.PerSecond / raw:0.00} × raw) |");
Console.WriteLine($"| report submissions, open loop: p50 / p99 / max | {open.Percentile(0.5):0.0} / {open.Percentile(0.99):0.0} / {open.Percentile(1):0} ms |");
Console.WriteLine($"| open loop p50 / p99 at {string.Join(" · ", knee.Select(k => $"{k.Share} × raw: {k.Result.Percentile(0.5):0} / {k.Result.Percentile(0.99):0} ms (Azurite {k.Cpu.StorageMs(k.Result.PerSecond)} ms a submission, {k.Cpu.StorageBusy} busy)"))} |");
Console.WriteLine($"| the mix, closed loop {clients} clients, {filedBeforeMix:N0} reports stored before it | {mixed.PerSecond:0} turns/s, p50 / p99 {mixed.Percentile(0.5):0.0} / {mixed.Percentile(0.99):0.0} ms, bot CPU {cpuPerMixed:0.00} ms a turn |");
foreach (var kind in Mix.Kinds)
{
    var (only, cpu) = alone[kind];
    Console.WriteLine($"| · {kind} | in the mix ({mixed.Count(kind)}): p50 / p99 {mixed.Percentile(0.5, kind):0.0} / {mixed.Percentile(0.99, kind):0.0} ms; " +
        $"alone: {only.PerSecond:0}/s, p50 / p99 {only.Percentile(0.5):0.0} / {only.Percentile(0.99):0.0} ms, bot CPU {cpu:0.00} ms |");
}

Console.WriteLine($"| failed turns | {failures} |");
Console.WriteLine($"| bot peak RSS (after the closed loops / after all) | {rssAfterClosed:0} / {rss:0} MiB |");
Console.WriteLine($"| cold start to the first answered activity (a second instance) | {coldStart.TotalSeconds:0.00} s |");
Console.WriteLine($"| storage requests per report submission (a warm instance) | {perSubmission.PerTurn:0.00}: {perSubmission.Kinds} |");

// Issue 19's targets. The closed loop is judged against the raw rate measured in the same run, because this machine's
// speed varies from run to run; the open loop is the harsher view (requests keep coming during a stall). The mix has
// no latency target of its own: its figures are for comparing one head with another, its failures count.
var misses = new List<string>();
Check(closed.PerSecond >= 0.9 * raw, $"submissions {closed.PerSecond / raw:0.00} × raw (target ≥ 0.9)");
Check(closed.Percentile(0.99) < 20, $"closed-loop p99 {closed.Percentile(0.99):0.0} ms (target < 20)");
Check(open.Percentile(0.99) < 50, $"open-loop p99 {open.Percentile(0.99):0} ms (target < 50)");
Check(coldStart < TimeSpan.FromSeconds(2), $"cold start {coldStart.TotalSeconds:0.00} s (target < 2)");
Check(rss < 200, $"peak RSS {rss:0} MiB (target < 200)");
Check(failures == 0, $"{failures} failed turns (target 0)");
Console.WriteLine(misses.Count == 0
    ? $"verdict: PASS — {closed.PerSecond / raw:0.00} × raw, p99 {closed.Percentile(0.99):0.0} ms closed / {open.Percentile(0.99):0} ms open, cold start {coldStart.TotalSeconds:0.00} s, nothing failed"
    : $"verdict: FAIL — {string.Join("; ", misses)}");
return misses.Count == 0 ? 0 : 1;

void Check(bool met, string what)
{
    if (!met)
    {
        misses.Add(what);
    }
}

// Runs a load and returns it with the bot's CPU per answered turn in milliseconds.
async Task<(LoadResult Result, double CpuMs)> Measured(Func<Task<LoadResult>> run)
{
    var (result, cpu) = await CpuSplit.MeasureAsync(bot, run);
    return (result, cpu.BotMs(result.PerSecond));
}
