using LiaisonBot.Protocol.Connector;
using LiaisonBot.Storage;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Outbox;

/// <summary>
/// One attempt at one delivery, once the dispatcher has picked it: claim the row, take the rate-limit permits, call the
/// connector, write the outcome (final, or "retry after this long" with the claim kept).
/// </summary>
/// <remarks>
/// Exactly once, as far as the protocol allows. The claim is a conditional replace (If-Match the ETag we read) that sets
/// State = Sending, ClaimedBy = this instance and ClaimedUntil = now + ClaimTimeout, so of two instances holding the same
/// row only one can send; a row that is final is never claimed again. The one window left: if this instance dies after
/// the connector has accepted the message (201) and before the outcome write, the row stays Sending until its claim
/// expires, and then another instance sends it again: that recipient gets the message twice. The connector has no
/// idempotency key, so no client can close this window; it lasts one table write, and only a crash (not a stop) opens
/// it, because a stopping instance finishes its calls in flight and releases the rows it holds.
/// </remarks>
internal sealed class OutboxSender(
    OutboxStore store,
    OutboxJobs jobs,
    OutboxHooks hooks,
    OutboxLimits limits,
    PauseGate pause,
    BotTokenProvider tokens,
    IHttpClientFactory http,
    ILogger<ConnectorClient> connectorLogger,
    ILogger<OutboxSender> logger,
    TimeProvider time,
    IOptions<OutboxOptions> options,
    OutboxMetrics metrics)
{
    /// <summary>The named HTTP client: bearer token, no retry handler (the outbox owns retries), SendTimeout.</summary>
    public const string HttpClientName = "outbox-connector";

    /// <summary>Names this process in ClaimedBy.</summary>
    public string Instance { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..6]}";

    // Room a reused claim must leave beyond one call's timeout.
    private static readonly TimeSpan ClaimMargin = TimeSpan.FromSeconds(5);

    private OutboxOptions Options => options.Value;

    /// <summary>
    /// Claim, then the permits (a 429 pause ends it here; so does <paramref name="stop"/>), then the call, then the outcome.
    /// <paramref name="abort"/> only cuts off a call or write already under way (the host ran out of shutdown time).
    /// </summary>
    public async Task<AttemptEnd> AttemptAsync(DeliveryWork work, CancellationToken stop, CancellationToken abort)
    {
        var row = work.Row;
        if (await jobs.IsCancelledAsync(work.Job, abort))
        {
            return await FinishAsync(work, RowStates.Cancelled, "Cancelled", null, abort);
        }

        // A claim from an attempt that a 429 pause sent back before its call still holds (and already counts this call):
        // no second write, as long as it outlasts the call.
        var now = time.GetUtcNow();
        if (!(work.ClaimUnused && row.ClaimedUntil - now > Options.SendTimeout + ClaimMargin))
        {
            row.State = RowStates.Sending;
            row.Attempts = work.AttemptsMade + 1;
            row.ClaimedBy = Instance;
            row.ClaimedUntil = now + Options.ClaimTimeout;
            row.UpdatedAt = now;
            if (!await WriteAsync(work, abort))
            {
                return AttemptEnd.Lost;
            }

            work.HoldsClaim = true;
            work.ClaimUnused = true;
        }

        try
        {
            // The token first (cached; fetched on the first call), so the call leaves right after its permits.
            await tokens.GetTokenAsync(stop);
            await limits.AppPermitAsync(stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return AttemptEnd.Retry(TimeSpan.Zero); // stopping: the dispatcher hands the row back
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "No bot token for {JobId}/{Key}.", work.Job.Id, row.Key);
            work.AttemptsMade++;
            work.ClaimUnused = false;
            return await TransientAsync(work, new(Verdict.Transient, "TokenUnavailable"), abort);
        }

        // An app-wide 429 may have arrived while this delivery waited: wait it out, then take new permits.
        if (pause.IsPaused)
        {
            return AttemptEnd.Retry(TimeSpan.Zero);
        }

        if (!limits.TryConversation(row.ConversationId))
        {
            return AttemptEnd.Retry(OutboxDispatcher.ConversationRecheck);
        }

        work.AttemptsMade++;
        work.ClaimUnused = false;
        using var span = OutboxSendSpan.Start(work);
        Outcome outcome;
        Exception? error = null;
        try
        {
            outcome = new(Verdict.Delivered, null, ActivityId: await CallAsync(work, abort));
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            // Stopped mid-call: the message may or may not have been posted. The row stays claimed; after ClaimTimeout
            // another instance sends it (the documented window).
            logger.LogWarning("Outbox stopped during a call for {JobId}/{Key}; it will be sent again after its claim expires.", work.Job.Id, row.Key);
            return AttemptEnd.Lost;
        }
        catch (Exception e)
        {
            error = e;
            outcome = DeliveryPolicy.Classify(e);
        }

        var end = outcome.Verdict switch
        {
            Verdict.Delivered => await FinishAsync(work, RowStates.Delivered, null, outcome.ActivityId, abort),
            Verdict.NotReachable => await FinishAsync(work, RowStates.NotReachable, outcome.Reason, null, abort),
            Verdict.Failed => await FinishAsync(work, RowStates.Failed, outcome.Reason, null, abort),
            Verdict.Throttled => await ThrottledAsync(work, outcome, abort),
            _ => await TransientAsync(work, outcome, abort),
        };
        OutboxSendSpan.End(span, outcome, error, work.Row.State);
        metrics.Sent(work.Row.State, outcome.Verdict == Verdict.Throttled);
        return end;
    }

    /// <summary>Hands a claimed row back (state Queued) so another instance can take it at once.</summary>
    public async Task ReleaseAsync(DeliveryWork work, CancellationToken ct)
    {
        if (!work.HoldsClaim)
        {
            return;
        }

        work.Row.State = RowStates.Queued;
        work.Row.Attempts = work.AttemptsMade; // the claim counted a call that was not made
        work.Row.ClaimedBy = null;
        work.Row.ClaimedUntil = null;
        work.Row.UpdatedAt = time.GetUtcNow();
        try
        {
            await WriteAsync(work, ct);
            work.HoldsClaim = false;
            work.ClaimUnused = false;
        }
        catch (Exception e)
        {
            logger.LogWarning(e is OperationCanceledException ? null : e,
                "Could not release {JobId}/{Key}; another instance takes it over when its claim expires.", work.Job.Id, work.Row.Key);
        }
    }

    private async Task<string?> CallAsync(DeliveryWork work, CancellationToken ct)
    {
        var row = work.Row;
        var connector = new ConnectorClient(http.CreateClient(HttpClientName), connectorLogger, time);
        switch (work.Job.Kind)
        {
            case DeliveryKind.Send:
                return (await connector.SendAsync(row.ServiceUrl, row.ConversationId, work.Job.Payloads[row.PayloadKey], ct)).Id;
            case DeliveryKind.Update:
                var target = row.TargetActivityId!;
                var update = work.Job.Payloads[row.PayloadKey] with { Id = target };
                return (await connector.UpdateAsync(row.ServiceUrl, row.ConversationId, target, update, ct)).Id is { Length: > 0 } id ? id : target;
            default:
                await connector.DeleteAsync(row.ServiceUrl, row.ConversationId, row.TargetActivityId!, ct);
                return row.TargetActivityId;
        }
    }

    private async Task<AttemptEnd> ThrottledAsync(DeliveryWork work, Outcome outcome, CancellationToken abort)
    {
        var row = work.Row;
        row.Throttles++;
        if (row.Throttles >= Options.MaxThrottledAttempts)
        {
            return await FinishAsync(work, RowStates.Failed, outcome.Reason, null, abort);
        }

        // Retry-After holds this conversation (its lane waits, no other does) unless 429s have spread over conversations:
        // then the limit is the app's, the next call anywhere would meet it too, and every send pauses.
        var wait = outcome.RetryAfter is { } asked ? Min(asked, TimeSpan.FromHours(1)) : DeliveryPolicy.Backoff(row.Throttles, Options);
        if (limits.Throttled(row.ConversationId, wait))
        {
            metrics.Pause(wait);
            logger.LogWarning("Connector answered 429 in {Count} conversations within {Window:0.0} s, the last for {JobId}/{Key}: pausing every send for {Seconds:0.0} s, app rate down to {Rate:0.#}/s.",
                Options.ThrottleSpreadConversations, Options.ThrottleSpreadWindow.TotalSeconds, work.Job.Id, row.Key, wait.TotalSeconds, limits.AppRate);
        }
        else
        {
            logger.LogInformation("Connector answered 429 for {JobId}/{Key}: holding its conversation for {Seconds:0.0} s.", work.Job.Id, row.Key, wait.TotalSeconds);
        }

        return await RetryLaterAsync(work, outcome.Reason, wait, TimeSpan.Zero, abort);
    }

    private async Task<AttemptEnd> TransientAsync(DeliveryWork work, Outcome outcome, CancellationToken abort)
    {
        var row = work.Row;
        if (row.Attempts - row.Throttles >= Options.MaxAttempts)
        {
            return await FinishAsync(work, RowStates.Failed, outcome.Reason, null, abort);
        }

        var backoff = DeliveryPolicy.Backoff(row.Attempts - row.Throttles, Options);
        return await RetryLaterAsync(work, outcome.Reason, backoff, backoff, abort);
    }

    /// <summary>Records the failed attempt and keeps the claim over the wait, so nobody else picks the row up meanwhile.</summary>
    private async Task<AttemptEnd> RetryLaterAsync(DeliveryWork work, string? reason, TimeSpan wait, TimeSpan retryIn, CancellationToken abort)
    {
        var now = time.GetUtcNow();
        work.Row.Reason = reason;
        work.Row.UpdatedAt = now;
        work.Row.ClaimedUntil = now + wait + Options.ClaimTimeout;
        return await WriteAsync(work, abort) ? AttemptEnd.Retry(retryIn) : AttemptEnd.Lost;
    }

    private async Task<AttemptEnd> FinishAsync(DeliveryWork work, string state, string? reason, string? activityId, CancellationToken abort)
    {
        var row = work.Row;
        row.State = state;
        row.Reason = reason;
        row.ActivityId = activityId ?? row.ActivityId;
        row.ClaimedUntil = null; // ClaimedBy stays: which instance settled the row
        row.UpdatedAt = time.GetUtcNow();
        if (!await WriteFinalAsync(work, abort))
        {
            if (state == RowStates.Delivered)
            {
                logger.LogError("Delivered {JobId}/{Key} but another instance had taken the row over: it may be sent twice.", work.Job.Id, row.Key);
            }

            return AttemptEnd.Lost;
        }

        work.HoldsClaim = false;
        hooks.RecipientSettled(work.Job);
        return AttemptEnd.Final;
    }

    /// <summary>
    /// The outcome write, tried harder than others: if it never lands, the row stays claimed and, after the claim expires,
    /// is sent again.
    /// </summary>
    private async Task<bool> WriteFinalAsync(DeliveryWork work, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await WriteAsync(work, ct);
            }
            catch (Exception e) when (attempt < 4 && StorageFailure.IsUnavailable(e))
            {
                logger.LogWarning("Storage unavailable writing the outcome of {JobId}/{Key}; trying again.", work.Job.Id, work.Row.Key);
                await Task.Delay(TimeSpan.FromSeconds(attempt), ct);
            }
        }
    }

    private async Task<bool> WriteAsync(DeliveryWork work, CancellationToken ct)
    {
        if (await store.TryReplaceAsync(work.Row, work.ETag, ct) is not { } etag)
        {
            return false;
        }

        work.ETag = etag;
        return true;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
