using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using LiaisonBot.Protocol;
using LiaisonBot.Protocol.Connector;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace LiaisonBot.Tests.Fakes;

/// <summary>The faults the fake connector answers with, as Teams would: queued, at seeded rates, or for one conversation.</summary>
public sealed partial class FakeBotFramework
{
    private readonly Queue<ConnectorFault> nextFaults = new();
    private readonly Dictionary<string, (ConnectorFault Fault, int? Left)> conversationFaults = new(StringComparer.Ordinal);
    private (IReadOnlyList<(double Rate, ConnectorFault Fault)> Faults, Random Random)? randomFaults;

    /// <summary>The next <paramref name="count"/> connector requests get <paramref name="fault"/> (queued after earlier ones).</summary>
    public void FailNext(int count, ConnectorFault fault)
    {
        lock (gate)
        {
            for (var i = 0; i < count; i++)
            {
                nextFaults.Enqueue(fault);
            }
        }
    }

    /// <summary>Each connector request gets <paramref name="fault"/> with probability <paramref name="rate"/> (seeded: repeatable).</summary>
    public void FailAtRate(double rate, ConnectorFault fault, int seed = 1) => FailAtRates(seed, (rate, fault));

    /// <summary>
    /// Each connector request gets one of <paramref name="faults"/> with its probability (one seeded draw per request, so
    /// the rates add up: 1 % throttled and 0.5 % unavailable fail 1.5 % of requests).
    /// </summary>
    public void FailAtRates(int seed, params (double Rate, ConnectorFault Fault)[] faults)
    {
        lock (gate)
        {
            randomFaults = (faults, new Random(seed));
        }
    }

    /// <summary>
    /// Every request for this conversation gets <paramref name="fault"/>, e.g. a user who blocked the bot; or only the next
    /// <paramref name="times"/>.
    /// </summary>
    public void FailConversation(string conversationId, ConnectorFault fault, int? times = null)
    {
        lock (gate)
        {
            conversationFaults[conversationId] = (fault, times);
        }
    }

    public void ClearFaults()
    {
        lock (gate)
        {
            nextFaults.Clear();
            conversationFaults.Clear();
            randomFaults = null;
        }
    }

    private ConnectorFault? NextFault(string? conversationId)
    {
        lock (gate)
        {
            if (conversationId is not null && conversationFaults.TryGetValue(conversationId, out var set))
            {
                if (set.Left is not { } left || left > 1)
                {
                    conversationFaults[conversationId] = (set.Fault, set.Left - 1);
                }
                else
                {
                    conversationFaults.Remove(conversationId);
                }

                return set.Fault;
            }

            if (nextFaults.TryDequeue(out var next))
            {
                return next;
            }

            if (randomFaults is { } random)
            {
                var draw = random.Random.NextDouble();
                foreach (var (rate, fault) in random.Faults)
                {
                    if (draw < rate)
                    {
                        return fault;
                    }

                    draw -= rate;
                }
            }
            return null;
        }
    }

    private IResult FaultResult(HttpContext context, ConnectorFault fault, string? conversationId)
    {
        if (fault.RetryAfter is { } wait)
        {
            // The header says whole seconds or a date (second precision); the window the fake then polices is what it said.
            var now = DateTimeOffset.UtcNow;
            var until = fault.RetryAfterAsDate ? new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero) + wait : now + wait;
            context.Response.Headers.RetryAfter = fault.RetryAfterAsDate
                ? until.ToString("R", CultureInfo.InvariantCulture)
                : ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            if (fault.Status == HttpStatusCode.TooManyRequests)
            {
                OpenRetryAfterWindow(fault.RetryAfterAsDate ? until - now : TimeSpan.FromSeconds(Math.Ceiling(wait.TotalSeconds)), fault.AppWide ? null : conversationId);
            }
        }
        return fault.Code is null
            ? Results.StatusCode((int)fault.Status)
            : Results.Json(new { error = new { code = fault.Code, message = fault.Message ?? fault.Code } }, statusCode: (int)fault.Status);
    }
}
