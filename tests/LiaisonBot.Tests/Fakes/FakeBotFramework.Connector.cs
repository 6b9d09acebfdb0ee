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

public sealed partial class FakeBotFramework
{
    private readonly Lock gate = new();
    private readonly List<RecordedRequest> requests = [];
    private readonly Queue<ConnectorFault> nextFaults = new();
    private readonly Dictionary<string, ConnectorFault> conversationFaults = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TeamsChannelAccount>> rosters = new(StringComparer.Ordinal);
    private readonly List<TeamsChannelAccount> members = [];
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private (IReadOnlyList<(double Rate, ConnectorFault Fault)> Faults, Random Random)? randomFaults;
    private long activityIds = 1_700_000_000_000;

    /// <summary>Every connector request so far (faulted ones included), oldest first.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. this.requests];
            }
        }
    }

    public void ClearRequests()
    {
        lock (gate)
        {
            this.requests.Clear();
        }
    }

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

    /// <summary>Every request for this conversation gets <paramref name="fault"/>, e.g. a user who blocked the bot.</summary>
    public void FailConversation(string conversationId, ConnectorFault fault)
    {
        lock (gate)
        {
            conversationFaults[conversationId] = fault;
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

    /// <summary>Adds a member to one conversation's roster, or (no conversation) to the roster every conversation falls back to.</summary>
    public void AddMember(TeamsChannelAccount member, string? conversationId = null)
    {
        lock (gate)
        {
            if (conversationId is null)
            {
                this.members.Add(member);
            }
            else if (rosters.TryGetValue(conversationId, out var roster))
            {
                roster.Add(member);
            }
            else
            {
                rosters[conversationId] = [member];
            }
        }
    }

    /// <summary>Waits until a request matching <paramref name="match"/> has been recorded (default 5 s).</summary>
    public async Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> match, TimeSpan? timeout = null) =>
        (await WaitAsync(requests => requests.FirstOrDefault(match) is { } r ? [r] : null, timeout, "a matching request"))[0];

    /// <summary>Waits until at least <paramref name="count"/> requests have been recorded (default 5 s).</summary>
    public Task<IReadOnlyList<RecordedRequest>> WaitForRequestsAsync(int count, TimeSpan? timeout = null) =>
        WaitAsync(requests => requests.Count >= count ? requests : null, timeout, $"{count} requests");

    private async Task<IReadOnlyList<RecordedRequest>> WaitAsync(
        Func<IReadOnlyList<RecordedRequest>, IReadOnlyList<RecordedRequest>?> done, TimeSpan? timeout, string what)
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? TimeSpan.FromSeconds(5));
        while (true)
        {
            Task changed;
            lock (gate)
            {
                if (done([.. this.requests]) is { } result)
                {
                    return result;
                }

                changed = this.changed.Task;
            }
            var left = deadline - DateTimeOffset.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"The fake connector did not see {what}; it saw {Requests.Count} requests.");
            }

            await Task.WhenAny(changed, Task.Delay(left));
        }
    }

    private void MapConnector(WebApplication app)
    {
        var v3 = app.MapGroup("/connector/v3/conversations");
        v3.MapPost("", (Delegate)((HttpContext c) => Handle(c, null, null, null, CreateConversation)));
        v3.MapPost("{conversationId}/activities", (HttpContext c, string conversationId) =>
            Handle(c, conversationId, null, null, _ => Created(new { id = NextActivityId() })));
        v3.MapPost("{conversationId}/activities/{activityId}", (HttpContext c, string conversationId, string activityId) =>
            Handle(c, conversationId, activityId, null, _ => Created(new { id = NextActivityId() })));
        v3.MapPut("{conversationId}/activities/{activityId}", (HttpContext c, string conversationId, string activityId) =>
            Handle(c, conversationId, activityId, null, _ => Results.Json(new { id = activityId })));
        v3.MapDelete("{conversationId}/activities/{activityId}", (HttpContext c, string conversationId, string activityId) =>
            Handle(c, conversationId, activityId, null, _ => Results.Ok()));
        v3.MapGet("{conversationId}/members/{userId}", (HttpContext c, string conversationId, string userId) =>
            Handle(c, conversationId, null, userId, _ => GetMember(conversationId, userId)));
        var teams = app.MapGroup("/connector/v3/teams");
        teams.MapGet("{teamId}", (HttpContext c, string teamId) => Handle(c, teamId, null, null, _ => Team(teamId)));
        teams.MapGet("{teamId}/conversations", (HttpContext c, string teamId) => Handle(c, teamId, null, null, _ => Channels(teamId)));
        v3.MapGet("{conversationId}/pagedmembers", (HttpContext c, string conversationId, int? pageSize, string? continuationToken) =>
            Handle(c, conversationId, null, null, _ => PagedMembers(conversationId, pageSize, continuationToken)));
    }

    private async Task<IResult> Handle(HttpContext context, string? conversationId, string? activityId, string? userId, Func<JsonNode?, IResult> answer)
    {
        var request = context.Request;
        var at = this.clock.Elapsed;
        JsonNode? body = null;
        if (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            if (RecordDetail)
            {
                body = await JsonNode.ParseAsync(request.Body);
            }
            else
            {
                await request.Body.CopyToAsync(Stream.Null);
            }
        }

        var fault = CheckLimits(at, conversationId, request.Path.Value!.Contains("/activities", StringComparison.Ordinal))
            ?? NextFault(conversationId);
        var result = fault is null ? answer(body) : FaultResult(context, fault);
        context.Response.Headers["X-Correlating-OperationId"] = Guid.NewGuid().ToString("N");
        Record(new RecordedRequest(
            request.Method,
            request.Path.Value!,
            context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            conversationId,
            activityId,
            userId,
            RecordDetail ? request.Headers.Authorization.FirstOrDefault() : null,
            body,
            fault is null ? StatusOf(result) : (int)fault.Status,
            at,
            result is IValueHttpResult { Value: { } value } ? JsonSerializer.SerializeToNode(value, BotJson.Options) : null));
        if (ResponseDelay > TimeSpan.Zero)
        {
            await Task.Delay(ResponseDelay); // done and recorded, answered late: a client that gives up meanwhile never learns it
        }

        return result;
    }

    private ConnectorFault? NextFault(string? conversationId)
    {
        lock (gate)
        {
            if (conversationId is not null && conversationFaults.TryGetValue(conversationId, out var always))
            {
                return always;
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

    private IResult FaultResult(HttpContext context, ConnectorFault fault)
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
                OpenRetryAfterWindow(fault.RetryAfterAsDate ? until - now : TimeSpan.FromSeconds(Math.Ceiling(wait.TotalSeconds)));
            }
        }
        return fault.Code is null
            ? Results.StatusCode((int)fault.Status)
            : Results.Json(new { error = new { code = fault.Code, message = fault.Message ?? fault.Code } }, statusCode: (int)fault.Status);
    }

    private void Record(RecordedRequest recorded)
    {
        TaskCompletionSource changed;
        lock (gate)
        {
            this.requests.Add(recorded);
            changed = this.changed;
            this.changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.SetResult();
    }

    private IResult CreateConversation(JsonNode? body)
    {
        var parameters = body?.Deserialize<ConversationParameters>(BotJson.Options);
        var activityId = parameters?.Activity is null ? null : NextActivityId();
        // A new thread in a channel is addressed as "{channelId};messageid={root activity id}" (bot-protocol.md §4.2).
        var id = parameters is { IsGroup: true, ChannelData.Channel.Id: { } channel }
            ? $"{channel};messageid={activityId ?? NextActivityId()}"
            : $"a:fake-conversation-{NextActivityId()}";
        return Created(new ConversationResourceResponse { Id = id, ActivityId = activityId });
    }

    private IResult GetMember(string conversationId, string userId)
    {
        var member = Roster(conversationId).FirstOrDefault(m =>
            m.Id == userId || m.AadObjectId == userId || string.Equals(m.UserPrincipalName, userId, StringComparison.OrdinalIgnoreCase));
        return member is null
            ? Results.Json(new { error = new { code = "MemberNotFoundInConversation", message = "The member was not found." } }, statusCode: 404)
            : Results.Json(member, BotJson.Options);
    }

    private IResult PagedMembers(string conversationId, int? pageSize, string? continuationToken)
    {
        var roster = Roster(conversationId);
        var start = continuationToken is null ? 0 : int.Parse(continuationToken, CultureInfo.InvariantCulture);
        var size = pageSize ?? 100;
        var page = roster.Skip(start).Take(size).ToList();
        var next = start + size < roster.Count ? (start + size).ToString(CultureInfo.InvariantCulture) : null;
        return Results.Json(new PagedMembersResult { Members = page, ContinuationToken = next }, BotJson.Options);
    }

    private List<TeamsChannelAccount> Roster(string conversationId)
    {
        lock (gate)
        {
            return rosters.TryGetValue(conversationId, out var roster) ? [.. roster] : [.. this.members];
        }
    }

    private string NextActivityId() => Interlocked.Increment(ref activityIds).ToString(CultureInfo.InvariantCulture);

    private static IResult Created(object value) => Results.Json(value, BotJson.Options, statusCode: (int)HttpStatusCode.Created);

    private static int StatusOf(IResult result) => result is IStatusCodeHttpResult { StatusCode: { } status } ? status : 200;
}
