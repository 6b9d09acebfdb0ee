using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using LiaisonBot.Features.Reports;
using LiaisonBot.Protocol;
using LiaisonBot.Tests.Features.Reports;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Bench;

/// <summary>Authenticated report submissions (Action.Execute invokes) against the bot's real HTTP endpoint.</summary>
public sealed class ReportLoad(Uri bot, IReadOnlyList<TestUser> users, string authorization, string verb = ReportVerbs.Submit)
{
    private const string FormIdMarker = "00000000000000000000000000f0f0f0";

    private readonly ConcurrentDictionary<TestUser, string> bodies = new();
    private int reported;

    private readonly HttpClient http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 32 }) { BaseAddress = bot };

    /// <summary>Closed loop: <paramref name="clients"/> clients each submit again as soon as the last one was answered.</summary>
    public async Task<LoadResult> ClosedAsync(int clients, TimeSpan duration)
    {
        var latencies = new ConcurrentBag<double>();
        var failures = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            var random = new Random(c);
            while (clock.Elapsed < duration)
            {
                var started = clock.Elapsed;
                if (!await SubmitAsync(users[random.Next(users.Count)]))
                {
                    Interlocked.Increment(ref failures);
                }

                latencies.Add((clock.Elapsed - started).TotalMilliseconds);
            }
        }));
        return new LoadResult(latencies.Count / clock.Elapsed.TotalSeconds, latencies.ToArray(), failures);
    }

    /// <summary>
    /// Open loop at a fixed rate: requests leave on schedule whether or not earlier ones were answered, and latency is
    /// counted from the scheduled time, so a stall shows up in the percentiles instead of hiding (coordinated omission).
    /// </summary>
    public async Task<LoadResult> OpenAsync(double perSecond, TimeSpan duration)
    {
        var latencies = new ConcurrentBag<double>();
        var failures = 0;
        var inFlight = new List<Task>();
        var clock = Stopwatch.StartNew();
        var random = new Random(7);
        var total = (int)(perSecond * duration.TotalSeconds);
        // A dedicated thread wakes every millisecond and sends whatever is due: async timers are too coarse for this.
        var pacer = new Thread(() =>
        {
            for (var sent = 0; sent < total; Thread.Sleep(1))
            {
                var dueNow = Math.Min(total, (int)(clock.Elapsed.TotalSeconds * perSecond) + 1);
                for (; sent < dueNow; sent++)
                {
                    var due = TimeSpan.FromSeconds(sent / perSecond);
                    var user = users[random.Next(users.Count)];
                    inFlight.Add(Task.Run(async () =>
                    {
                        if (!await SubmitAsync(user))
                        {
                            Interlocked.Increment(ref failures);
                        }

                        latencies.Add((clock.Elapsed - due).TotalMilliseconds);
                    }));
                }
            }
        })
        { IsBackground = true, Priority = ThreadPriority.AboveNormal };
        pacer.Start();
        pacer.Join();

        await Task.WhenAll(inFlight);
        return new LoadResult(latencies.Count / clock.Elapsed.TotalSeconds, latencies.ToArray(), failures);
    }

    /// <summary>One request by the first user, answered or not: how a cold start is timed.</summary>
    public Task<bool> OnceAsync() => SubmitAsync(users[0]);

    private async Task<bool> SubmitAsync(TestUser user)
    {
        // The body is serialized once per user; each request only gets a fresh form id (a new report, not a resubmission).
        var template = bodies.GetOrAdd(user, Template);
        using var request = new HttpRequestMessage(HttpMethod.Post, BotEndpoint.Path)
        {
            Content = new StringContent(template.Replace(FormIdMarker, Guid.NewGuid().ToString("N"), StringComparison.Ordinal), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var ok = response.IsSuccessStatusCode && body.Contains("\"statusCode\":200", StringComparison.Ordinal) &&
            (verb != ReportVerbs.Submit || body.Contains(ReportVerbs.Withdraw, StringComparison.Ordinal));
        if (!ok && Interlocked.Exchange(ref reported, 1) == 0)
        {
            Console.Error.WriteLine($"first failed submission: HTTP {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
        }

        return ok;
    }

    private string Template(TestUser user)
    {
        var data = ReportSamples.Form();
        data[ReportVerbs.FormId] = FormIdMarker;
        return JsonSerializer.Serialize(user.Execute(verb, data), BotJson.Options);
    }
}

public sealed record LoadResult(double PerSecond, double[] LatenciesMs, int Failures)
{
    public double Percentile(double p)
    {
        var sorted = LatenciesMs.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }
}
