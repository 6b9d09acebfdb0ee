using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Outbox;

/// <summary>The lanes, one per conversation: ready to go, or waiting for their rate-limit windows.</summary>
internal sealed partial class OutboxDispatcher
{
    private void MakeReady(Lane lane)
    {
        lane.Place = Place.Ready;
        ready.Enqueue(lane);
    }

    private void MakeWaiting(Lane lane, long at)
    {
        lane.Place = Place.Waiting;
        this.waiting.Enqueue(lane, at);
    }

    private void Signal()
    {
        var changed = this.changed;
        this.changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.TrySetResult();
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    private enum Place
    {
        None,
        Ready,
        Waiting,
        Busy,
    }

    private sealed class Lane(string key)
    {
        public string Key { get; } = key;
        public LinkedList<DeliveryWork> Items { get; } = new();
        public Place Place { get; set; }

        /// <summary>Last looked at, the conversation had no room in its windows.</summary>
        public bool AtLimit { get; set; }
    }
}
