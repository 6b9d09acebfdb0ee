using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using LiaisonBot.Calendar;
using LiaisonBot.Features.MassSupervision;
using LiaisonBot.Features.MassSupervision.Ballots;
using LiaisonBot.Features.MassSupervision.Batches;
using LiaisonBot.Tests.Fakes;
using LiaisonBot.Tests.Features.MassSupervision;
using LiaisonBot.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Bench;

/// <summary>
/// Mass supervision's ballot page under a rush (issue 16): a campaign and its batches made through the bot as the
/// secretariat makes them, then phones (by default 200 at once) each open the page and post a ballot for one of the
/// codes (by default 2,000), while one post in ten replays a used code or races another phone for the same code. The
/// campaign is closed through the bot and every stored ballot matched to the post that was thanked for it.
/// </summary>
public static class BallotRush
{
    private const int WarmUp = 200;

    public static async Task<int> RunAsync(string[] args)
    {
        var dll = args.ElementAtOrDefault(0) ?? throw new ArgumentException("usage: LiaisonBot.Bench ballots <LiaisonBot.dll> [codes] [clients]");
        var codeCount = BenchSetup.Arg(args, 1, 2000);
        var clients = BenchSetup.Arg(args, 2, 200);
        var storage = TestStorage.ConnectionString;

        await using var fake = await FakeBotFramework.StartAsync();
        var prefix = TestStorage.NewPrefix();
        var keyRing = Directory.CreateTempSubdirectory("bench-keys-");
        var settings = BenchSetup.BotSettings(fake, prefix);
        settings["KeyRing:Path"] = keyRing.FullName;
        // Bench settings, not code paths: every phone of the bench comes from 127.0.0.1, so the limits per client address
        // (and the refused replays against the campaign) would stop it after a few posts; a real meeting's phones come from many.
        settings["MassSupervision:PostsPerMinute"] = "1000000";
        settings["MassSupervision:MaxFailuresPerAddress"] = "1000000";
        settings["MassSupervision:MaxFailuresPerCampaign"] = "1000000";
        await using var bot = await BotProcess.StartAsync(dll, BenchSetup.FreePort(), settings);
        await BenchSetup.ImportRosterAsync(dll, settings, RepoTools.PathOf("samples", "roster.csv"));
        var office = TestUser.For(SampleRoster.Secretariat, fake.ServiceUrl, fake.AppId, "zh-CN");
        await BenchSetup.SeedConversationsAsync(storage, prefix, [office], SampleRoster.Roster);
        var authorization = fake.Tokens.Header(s => s with { ServiceUrl = fake.ServiceUrl });
        using var http = new HttpClient { BaseAddress = bot.Url, Timeout = TimeSpan.FromMinutes(10) };
        async Task<string> Press(string verb, object data)
        {
            var (ok, body) = await BotInvokes.ExecuteAsync(http, authorization, office, verb, data);
            return ok ? body : throw new InvalidOperationException($"{verb} was not answered: {body[..Math.Min(body.Length, 400)]}");
        }

        var campaign = Guid.NewGuid().ToString("N");
        var today = new WorkCalendar(TimeProvider.System, Options.Create(new CalendarOptions())).Today;
        await Press(MassVerbs.Create, new Dictionary<string, string>(MassTesting.CampaignFields(today, today.AddDays(7))) { [MassVerbs.Id] = campaign });
        var all = await BatchesAsync(Press, campaign, WarmUp + codeCount, new TableClient(storage, prefix + CampaignStore.BatchTable), keyRing);
        Console.WriteLine($"campaign made with {all.Count} codes in {all.Select(c => c.Group).Distinct().Count()} groups");

        // A fresh process spends its first seconds compiling (JIT, then tiering): a few ballots first, counted but not timed.
        var outcomes = new ConcurrentBag<PostOutcome>();
        Console.WriteLine($"warming up: {WarmUp} ballots by 20 phones ...");
        await SendAllAsync(all.Take(WarmUp).Select((c, i) => new BallotPost(-1 - i, c.Code, c.Group, PostKind.First)), 20, bot.Url, outcomes);
        var codes = all.Skip(WarmUp).ToList();
        var posts = BallotPost.Plan(codes, codes.Count / 10, clients, new Random(16));
        Console.WriteLine($"{clients} phones at once: {posts.Count} posts ({posts.Count(p => p.Kind == PostKind.Replay)} replays of a used code, "
            + $"{posts.Count(p => p.Kind == PostKind.Race)} racing a code's first post) ...");
        var timed = new ConcurrentBag<PostOutcome>();
        var cpuBefore = bot.CpuTime();
        var clock = Stopwatch.StartNew();
        await SendAllAsync(posts, clients, bot.Url, timed);
        var elapsed = clock.Elapsed;
        var cpu = bot.CpuTime() - cpuBefore;

        Console.WriteLine("closing the campaign through the bot ...");
        clock.Restart();
        await Press(MassVerbs.CloseConfirm, MassNotice.Data(campaign));
        var closing = clock.Elapsed;
        var stored = await StoredAsync(storage, prefix, campaign);

        var accepted = outcomes.Concat(timed).Where(o => o.Verdict == PostVerdict.Accepted).ToList();
        var refused = timed.Count(o => o.Verdict == PostVerdict.Refused);
        var failed = outcomes.Concat(timed).Count(o => o.Verdict == PostVerdict.Failed);
        var thankedTwice = accepted.GroupBy(o => o.Post.Code).Sum(g => g.Count() - 1);
        var thanked = accepted.Select(o => o.Post.Suggestion).ToHashSet();
        var lost = thanked.Count(s => !stored.Contains(s));
        // A ballot counted twice shows as a code thanked twice, or as two stored ballots (or one no post sent) for one code.
        var postOf = outcomes.Concat(timed).ToDictionary(o => o.Post.Suggestion, o => o.Post.Code);
        var storedCodes = stored.Select(s => postOf.GetValueOrDefault(s, s)).ToList();
        var doubled = thankedTwice + (storedCodes.Count - storedCodes.Distinct().Count());
        var wronglyRefused = stored.Count(s => !thanked.Contains(s));
        var unanswered = all.Count - accepted.Select(o => o.Post.Code).Distinct().Count();
        var rushed = timed.Count(o => o.Verdict == PostVerdict.Accepted);
        var latencies = new LoadResult(rushed / elapsed.TotalSeconds, [.. timed.Select(o => (o.Verdict.ToString(), o.Ms))], failed);
        var accept = nameof(PostVerdict.Accepted);
        var refuse = nameof(PostVerdict.Refused);

        Console.WriteLine();
        Console.WriteLine($"| {codes.Count:N0} codes · {clients} phones at once · {posts.Count - codes.Count} replays and races (after {WarmUp} warm-up ballots) | value |");
        Console.WriteLine("|---|---|");
        Console.WriteLine($"| ballots accepted / wall time | {rushed:N0} in {elapsed.TotalSeconds:0.0} s = {latencies.PerSecond:0}/s |");
        Console.WriteLine($"| accepted posts: p50 / p99 / max | {latencies.Percentile(0.5, accept):0} / {latencies.Percentile(0.99, accept):0} / {latencies.Percentile(1, accept):0} ms |");
        Console.WriteLine($"| refused posts (code already used, the polite page): count, p99 | {refused} of {posts.Count - codes.Count} expected, {latencies.Percentile(0.99, refuse):0} ms |");
        Console.WriteLine($"| failed posts (no page, another page) / codes never thanked | {failed} / {unanswered} |");
        Console.WriteLine($"| ballots stored at the close / distinct codes thanked | {stored.Count:N0} / {thanked.Count:N0} |");
        Console.WriteLine($"| lost ballots / ballots counted twice / stored though its phone was refused | {lost} / {doubled} / {wronglyRefused} |");
        Console.WriteLine($"| bot CPU per ballot (page and post, replays included) | {cpu.TotalMilliseconds / rushed:0.00} ms |");
        Console.WriteLine($"| close ({all.Count:N0} codes frozen, ballots shuffled and written) | {closing.TotalSeconds:0.0} s |");
        Console.WriteLine($"| bot peak RSS | {bot.PeakRssMiB():0} MiB |");
        var pass = lost == 0 && doubled == 0 && wronglyRefused == 0 && failed == 0 && unanswered == 0 && refused == posts.Count - codes.Count;
        Console.WriteLine(pass
            ? $"verdict: PASS — 0 lost, 0 counted twice, every replay and race refused politely; {latencies.PerSecond:0} ballots/s, p99 {latencies.Percentile(0.99, accept):0} ms"
            : $"verdict: FAIL — {lost} lost, {doubled} counted twice, {wronglyRefused} stored but refused, {failed} failed posts, {unanswered} codes never thanked, {refused} refused of {posts.Count - codes.Count}");
        return pass ? 0 : 1;
    }

    /// <summary>Phones take the posts in order, each sending its next as soon as the last was answered.</summary>
    private static async Task SendAllAsync(IEnumerable<BallotPost> posts, int phones, Uri bot, ConcurrentBag<PostOutcome> outcomes)
    {
        var queue = new ConcurrentQueue<BallotPost>(posts);
        await Task.WhenAll(Enumerable.Range(0, phones).Select(_ => Task.Run(async () =>
        {
            while (queue.TryDequeue(out var post))
            {
                outcomes.Add(await post.SendAsync(bot));
            }
        })));
    }

    /// <summary>
    /// Batches of up to 200 slips spread over the sample roster's groups, made with the secretariat's button; the plain
    /// codes read as the slip PDF gets them, from the batch row sealed with the key ring the bench gave the bot.
    /// </summary>
    private static async Task<List<(string Code, string Group)>> BatchesAsync(Func<string, object, Task<string>> press, string campaign, int count,
        TableClient batches, DirectoryInfo keyRing)
    {
        var seal = new SlipSeal(DataProtectionProvider.Create(keyRing, keys => keys.SetApplicationName("LiaisonBot")));
        var groups = SampleRoster.Roster.Groups.Select(g => g.Code).ToList();
        var codes = new List<(string, string)>();
        for (var i = 0; codes.Count < count; i++)
        {
            var (group, batch, slips) = (groups[i % groups.Count], Guid.NewGuid().ToString("N"), Math.Min(CreateBatch.MaxSlips, count - codes.Count));
            await press(MassVerbs.AddBatch, new Dictionary<string, string>
            {
                [MassVerbs.Id] = campaign,
                [MassVerbs.Batch] = batch,
                [CreateBatch.Group] = group,
                [CreateBatch.Label] = $"第{i + 1}场座谈会",
                [CreateBatch.Slips] = slips.ToString(CultureInfo.InvariantCulture),
            });
            var row = (await batches.GetEntityAsync<BatchEntity>(campaign, batch)).Value;
            codes.AddRange(seal.Unseal(campaign, batch, row.SealedCodes!).Select(c => (c, group)));
        }

        return codes;
    }

    /// <summary>The suggestions of the anonymous ballots the close wrote (the tally that counts), one per ballot.</summary>
    private static async Task<List<string>> StoredAsync(string storage, string prefix, string campaign)
    {
        var row = (await new TableClient(storage, prefix + CampaignStore.Table).GetEntityAsync<CampaignEntity>(CampaignEntity.Partition, campaign)).Value;
        var ballots = new TableClient(storage, prefix + BallotStore.Table);
        var stored = new List<string>();
        await foreach (var b in ballots.QueryAsync<MassBallotEntity>(b => b.Tally == row.TallyId))
        {
            stored.Add(b.Suggestion ?? "");
        }

        return stored;
    }
}
