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
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
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
        var result = fault is null ? answer(body) : FaultResult(context, fault, conversationId);
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

    private string NextActivityId() => Interlocked.Increment(ref activityIds).ToString(CultureInfo.InvariantCulture);

    private static IResult Created(object value) => Results.Json(value, BotJson.Options, statusCode: (int)HttpStatusCode.Created);

    private static int StatusOf(IResult result) => result is IStatusCodeHttpResult { StatusCode: { } status } ? status : 200;
}
