using System.Collections.Concurrent;
using Azure.Storage.Queues.Models;
using LiaisonBot.Hosting;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Outbox;

/// <summary>
/// The hosted service that sends. Takes work items off the queue (up to MaxChunksInProgress at once, each hidden from
/// other instances while worked on), turns a start item into one item per chunk once the job's NotBefore has come, and
/// hands each chunk's unfinished recipients to the <see cref="OutboxDispatcher"/>. A chunk's item is deleted only when
/// all its rows are final (and, if that made the whole job final, once the job's hook has heard of it); otherwise it is
/// hidden again and looked at later, by whichever instance gets it.
/// </summary>
/// <remarks>
/// Stopping (host shutdown, a scaled-in instance) is orderly: no new calls start, calls in flight finish and record their
/// outcome, rows held for a retry are handed back, and unfinished items become visible at once for another instance.
/// Only if the host's shutdown timeout runs out are calls cut off (see <see cref="OutboxSender"/> for that window).
/// Waits run on the real clock, as queue visibility does; the injected <see cref="TimeProvider"/> says what time it is
/// (NotBefore, claims, timestamps).
/// </remarks>
internal sealed partial class OutboxWorker(
    OutboxQueue queue,
    OutboxStore store,
    OutboxJobs jobs,
    OutboxDispatcher dispatcher,
    OutboxHooks hooks,
    TimeProvider time,
    Heartbeats heartbeats,
    IOptions<OutboxOptions> options,
    OutboxMetrics metrics,
    ILogger<OutboxWorker> logger) : BackgroundService
{
    // A start item whose job row never appears (its enqueue died half-way) is dropped after this many looks.
    private const int MaxLooksForMissingJob = 30;
    // A hook that keeps asking to be called again is given up on after this many looks (hours, with the backoff).
    private const int MaxLooksForHook = 40;
    private static readonly TimeSpan MissingJobRecheck = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan UnsettledRecheck = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan IntakeCheck = TimeSpan.FromMilliseconds(20);

    private readonly CancellationTokenSource abort = new();
    private readonly ConcurrentDictionary<Task, bool> handlers = new();
    private int reading;
    private SemaphoreSlim? chunkSlots;
    private Heartbeat? heartbeat;

    private OutboxOptions Options => options.Value;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await queue.CreateAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // The host's shutdown timeout: past it, calls in flight are cancelled.
        await using var _ = cancellationToken.Register(abort.Cancel);
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        abort.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Options.WorkerEnabled)
        {
            logger.LogInformation("Outbox worker disabled (Outbox:WorkerEnabled=false): this instance sends nothing.");
            return;
        }

        chunkSlots = new SemaphoreSlim(Options.MaxChunksInProgress, Options.MaxChunksInProgress);
        // The loop beats as it turns and as each work item ends. With every slot taken it waits for an item to end, which
        // a healthy chunk does within a few visibility timeouts (its lease is renewed meanwhile) unless throttled hard.
        heartbeat = heartbeats.Start(nameof(OutboxWorker), Options.VisibilityTimeout);
        var dispatching = dispatcher.RunAsync(stoppingToken, abort.Token);
        var receiving = ReceiveAsync(stoppingToken);
        if (await Task.WhenAny(dispatching, receiving) == dispatching && !stoppingToken.IsCancellationRequested)
        {
            // The dispatcher only ends on a stop; if it died, nothing would be sent: fail loudly so the host restarts.
            await dispatching;
            throw new InvalidOperationException("The outbox dispatcher stopped on its own.");
        }

        await receiving;
        await Task.WhenAll(handlers.Keys);
        await dispatching;
        await hooks.StopAsync();
        heartbeats.Stop(heartbeat);
    }

    private async Task ReceiveAsync(CancellationToken stop)
    {
        var slots = chunkSlots!;
        while (!stop.IsCancellationRequested)
        {
            heartbeat?.Beat();
            try
            {
                await metrics.SampleDepthAsync(queue, stop);
                // More work only when too few conversations can take a call: enough to keep every slot busy, no more.
                // Items still being read count as full chunks.
                if (dispatcher.ActiveLanes + Volatile.Read(ref reading) * Options.ChunkSize >= Options.MaxConcurrency * 2)
                {
                    await Task.Delay(IntakeCheck, stop);
                    continue;
                }

                await slots.WaitAsync(stop);
                QueueMessage[] messages;
                try
                {
                    messages = await queue.ReceiveAsync(1, Options.VisibilityTimeout, stop);
                }
                catch
                {
                    slots.Release();
                    throw;
                }

                if (messages is [var message])
                {
                    Interlocked.Increment(ref reading);
                    Track(HandleAsync(message, stop));
                }
                else
                {
                    slots.Release();
                    await Task.Delay(Options.PollInterval, stop);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Outbox queue receive failed; trying again.");
                await Task.Delay(Options.PollInterval * 5, stop).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private void Track(Task handler)
    {
        handlers[handler] = true;
        handler.ContinueWith(t => handlers.TryRemove(t, out _), TaskScheduler.Default);
    }

    private async Task HandleAsync(QueueMessage received, CancellationToken stop)
    {
        var message = new LeasedMessage(queue, received, Options.VisibilityTimeout, logger);
        var read = 0;
        void Read()
        {
            if (Interlocked.Exchange(ref read, 1) == 0)
            {
                Interlocked.Decrement(ref reading);
            }
        }

        try
        {
            if (OutboxMessage.Parse(received.Body.ToString()) is not { } item)
            {
                logger.LogError("Outbox work item {MessageId} is not one of ours; deleting it.", received.MessageId);
                await message.DeleteAsync(CancellationToken.None);
            }
            else if (item.Chunk is { } chunk)
            {
                await DeliverChunkAsync(item.Job, chunk, message, Read, stop);
            }
            else
            {
                await StartJobAsync(item.Job, message, stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await HideQuietlyAsync(message); // stopping: free for another instance now
        }
        catch (Exception e)
        {
            // The item comes back when its visibility runs out; the rows say what is left.
            logger.LogError(e, "Outbox work item {MessageId} failed; it will be retried.", received.MessageId);
        }
        finally
        {
            Read();
            chunkSlots!.Release();
            heartbeat?.Beat();
        }
    }
}
