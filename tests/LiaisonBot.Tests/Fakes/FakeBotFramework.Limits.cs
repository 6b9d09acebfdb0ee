using System.Diagnostics;
using System.Net;

namespace LiaisonBot.Tests.Fakes;

/// <summary>
/// The Teams rate limits (bot-protocol.md §6), policed on arrival with exact sliding windows. Off unless a test calls
/// <see cref="FakeBotFramework.EnforceLimits"/>: then a request over a limit, or one arriving while an earlier 429's
/// Retry-After runs for it, is answered 429 as Teams would and counted in <see cref="FakeBotFramework.Violations"/>.
/// A Retry-After is scoped as the limit that caused it: a 429 for a conversation's windows (or a fault drawn for a request
/// into a conversation) holds that conversation only; a 429 for the app's limit holds every request.
/// </summary>
/// <param name="PerConversation">Activity operations (send, reply, update, delete) into one conversation: count per window.</param>
/// <param name="PerApp">Every connector request of the app, per window; null for no app limit.</param>
/// <param name="RetryAfterGrace">
/// How long after a 429 a request still counts as already in flight (sent before the bot could read the 429) rather
/// than as ignoring the Retry-After.
/// </param>
public sealed record TeamsLimits(IReadOnlyList<(int Count, TimeSpan Window)> PerConversation, (int Count, TimeSpan Window)? PerApp, TimeSpan RetryAfterGrace)
{
    /// <summary>The published numbers: 7 per 1 s, 8 per 2 s, 60 per 30 s, 1,800 per hour per conversation; 50 per second per app.</summary>
    public static TeamsLimits Published { get; } = new(
        [(7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30)), (1800, TimeSpan.FromHours(1))],
        (50, TimeSpan.FromSeconds(1)),
        TimeSpan.FromMilliseconds(50));
}

/// <summary>One broken rule: <see cref="Kind"/> is "conversation", "app" or "retry-after"; <see cref="At"/> as in <see cref="RecordedRequest.At"/>.</summary>
public sealed record LimitViolation(string Kind, string? ConversationId, TimeSpan At, string Detail);

/// <summary>A Retry-After the fake announced, on its clock: for <see cref="ConversationId"/>, or for the whole app when null.</summary>
public sealed record RetryAfterWindow(TimeSpan From, TimeSpan Until, string? ConversationId);

public sealed partial class FakeBotFramework
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Dictionary<string, List<TimeSpan>> conversationArrivals = new(StringComparer.Ordinal);
    private readonly Queue<TimeSpan> appArrivals = new();
    private readonly List<RetryAfterWindow> retryAfterWindows = [];
    private readonly List<LimitViolation> violations = [];
    private TeamsLimits? limits;

    /// <summary>
    /// False: requests are recorded without body or Authorization header, so 10,000 cards of 30 KB do not sit in memory
    /// (benchmarks). True by default.
    /// </summary>
    public bool RecordDetail { get; set; } = true;

    /// <summary>How long the fake waits before answering a request it has already done and recorded.</summary>
    public TimeSpan ResponseDelay { get; set; }

    /// <summary>The fake's clock, as in <see cref="RecordedRequest.At"/>.</summary>
    public TimeSpan Now => this.clock.Elapsed;

    public IReadOnlyList<LimitViolation> Violations
    {
        get
        {
            lock (gate)
            {
                return [.. violations];
            }
        }
    }

    /// <summary>The Retry-After windows the fake has announced with its 429s.</summary>
    public IReadOnlyList<RetryAfterWindow> RetryAfterWindows
    {
        get
        {
            lock (gate)
            {
                return [.. retryAfterWindows];
            }
        }
    }

    public void EnforceLimits(TeamsLimits limits)
    {
        lock (gate)
        {
            this.limits = limits;
        }
    }

    /// <summary>
    /// Counts the arrival against every window and answers 429 (Retry-After: 1) for the first rule it breaks, scoped as that
    /// rule: the app's limit, or a Retry-After of the app, hold every request.
    /// </summary>
    private ConnectorFault? CheckLimits(TimeSpan at, string? conversationId, bool activityOperation)
    {
        lock (gate)
        {
            if (this.limits is not { } limits)
            {
                return null;
            }

            LimitViolation? broken = null;
            var appWide = false;
            foreach (var (from, until, scope) in retryAfterWindows)
            {
                if ((scope is null || scope == conversationId) && at >= from + limits.RetryAfterGrace && at < until)
                {
                    broken = new("retry-after", conversationId, at,
                        $"arrived {(at - from).TotalMilliseconds:0} ms into a {(until - from).TotalSeconds:0.#} s Retry-After of {scope ?? "the app"}");
                    appWide = scope is null;
                    break;
                }
            }

            if (limits.PerApp is { } app)
            {
                appArrivals.Enqueue(at);
                while (appArrivals.Peek() <= at - app.Window)
                {
                    appArrivals.Dequeue();
                }

                if (appArrivals.Count > app.Count && broken is null)
                {
                    broken = new("app", conversationId, at, $"{appArrivals.Count} requests in {app.Window.TotalSeconds:0.#} s");
                    appWide = true;
                }
            }

            if (activityOperation && conversationId is not null)
            {
                if (!conversationArrivals.TryGetValue(conversationId, out var arrivals))
                {
                    conversationArrivals[conversationId] = arrivals = [];
                }

                arrivals.Add(at);
                var longest = limits.PerConversation.Select(l => l.Window).DefaultIfEmpty().Max();
                arrivals.RemoveAll(t => t <= at - longest);
                foreach (var (count, window) in limits.PerConversation)
                {
                    var inWindow = arrivals.Count(t => t > at - window);
                    if (inWindow > count)
                    {
                        broken ??= new("conversation", conversationId, at, $"{inWindow} in {window.TotalSeconds:0.#} s");
                        break;
                    }
                }
            }

            if (broken is null)
            {
                return null;
            }

            violations.Add(broken);
            return ConnectorFault.Throttled(TimeSpan.FromSeconds(1)) with { AppWide = appWide };
        }
    }

    private void OpenRetryAfterWindow(TimeSpan length, string? conversationId)
    {
        var now = this.clock.Elapsed;
        lock (gate)
        {
            retryAfterWindows.Add(new(now, now + length, conversationId));
        }
    }

    /// <summary>Requests answered with <paramref name="status"/> per conversation, e.g. 201 = messages actually posted.</summary>
    public Dictionary<string, int> CountByConversation(HttpStatusCode status, string method = "POST") =>
        Requests.Where(r => r.Status == (int)status && r.Method == method && r.ConversationId is not null)
            .GroupBy(r => r.ConversationId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
