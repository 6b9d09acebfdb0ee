using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using LiaisonBot.Features.Reports;
using LiaisonBot.Protocol;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Bench;

/// <summary>
/// One kind of turn the load sends: who presses which button with what data, and a piece of text the answer must hold
/// for it to count as answered (an error card is a failure, not a fast answer).
/// </summary>
public sealed record TurnSpec(string Kind, TestUser User, string Verb, object Data, string? Expect = null);

/// <summary>Authenticated Action.Execute invokes against the bot's real HTTP endpoint, in a closed or an open loop.</summary>
public sealed class TurnLoad(Uri bot, string authorization)
{
    /// <summary>Put where a form id goes: each request gets a fresh one (a new report, not a resubmission).</summary>
    public const string FreshId = "00000000000000000000000000f0f0f0";

    private readonly ConcurrentDictionary<(string Kind, string User), string> bodies = new();
    private int reported;
    private int filed;

    /// <summary>Reports filed so far through this load: how full the lists are that the other turns read.</summary>
    public int Filed => filed;

    private readonly HttpClient http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 32 }) { BaseAddress = bot };

    /// <summary>Closed loop: <paramref name="clients"/> clients each send again as soon as the last one was answered.</summary>
    public async Task<LoadResult> ClosedAsync(int clients, TimeSpan duration, Func<Random, TurnSpec> next)
    {
        var latencies = new ConcurrentBag<(string, double)>();
        var failures = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            var random = new Random(c);
            while (clock.Elapsed < duration)
            {
                var turn = next(random);
                var started = clock.Elapsed;
                if (!await SendAsync(turn))
                {
                    Interlocked.Increment(ref failures);
                }

                latencies.Add((turn.Kind, (clock.Elapsed - started).TotalMilliseconds));
            }
        }));
        return new LoadResult(latencies.Count / clock.Elapsed.TotalSeconds, latencies.ToArray(), failures);
    }

    /// <summary>
    /// Open loop at a fixed rate: requests leave on schedule whether or not earlier ones were answered, and latency is
    /// counted from the scheduled time, so a stall shows up in the percentiles instead of hiding (coordinated omission).
    /// </summary>
    public async Task<LoadResult> OpenAsync(double perSecond, TimeSpan duration, Func<Random, TurnSpec> next)
    {
        var latencies = new ConcurrentBag<(string, double)>();
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
                    var turn = next(random);
                    inFlight.Add(Task.Run(async () =>
                    {
                        if (!await SendAsync(turn))
                        {
                            Interlocked.Increment(ref failures);
                        }

                        latencies.Add((turn.Kind, (clock.Elapsed - due).TotalMilliseconds));
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

    /// <summary>One turn, answered as expected or not: how set-up steps and a cold start are checked.</summary>
    public async Task<bool> SendAsync(TurnSpec turn)
    {
        // The body is serialized once per kind and user; only a fresh form id is put in per request.
        var template = bodies.GetOrAdd((turn.Kind, turn.User.Id), _ => JsonSerializer.Serialize(turn.User.Execute(turn.Verb, turn.Data), BotJson.Options));
        using var request = new HttpRequestMessage(HttpMethod.Post, BotEndpoint.Path)
        {
            Content = new StringContent(template.Replace(FreshId, Guid.NewGuid().ToString("N"), StringComparison.Ordinal), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var ok = response.IsSuccessStatusCode && body.Contains("\"statusCode\":200", StringComparison.Ordinal) &&
            (turn.Expect is null || body.Contains(turn.Expect, StringComparison.Ordinal));
        if (ok && turn.Verb == ReportVerbs.Submit)
        {
            Interlocked.Increment(ref filed);
        }

        if (!ok && Interlocked.Exchange(ref reported, 1) == 0)
        {
            Console.Error.WriteLine($"first failed {turn.Kind}: HTTP {(int)response.StatusCode} {body[..Math.Min(body.Length, 400)]}");
        }

        return ok;
    }
}

public sealed record LoadResult(double PerSecond, (string Kind, double Ms)[] Latencies, int Failures)
{
    public double Percentile(double p, string? kind = null)
    {
        var sorted = Latencies.Where(l => kind is null || l.Kind == kind).Select(l => l.Ms).Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }

    public int Count(string kind) => Latencies.Count(l => l.Kind == kind);
}
