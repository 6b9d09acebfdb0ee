using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using LiaisonBot.Outbox;

namespace LiaisonBot.OutboxBench;

/// <summary>Listens to the outbox's instruments: storage round trips by operation, connector calls by outcome, pause seconds.</summary>
internal sealed class StorageCounter : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentDictionary<string, long> storage = new();
    private readonly ConcurrentDictionary<string, long> attempts = new();
    private double paused;

    public StorageCounter()
    {
        this.listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == OutboxMetrics.MeterName
                && instrument.Name is OutboxMetrics.StorageOperations or OutboxMetrics.Sends or OutboxMetrics.Paused)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        this.listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var target = instrument.Name == OutboxMetrics.StorageOperations ? this.storage : attempts;
            var key = tags.Length > 0 ? tags[0].Value?.ToString() ?? "" : "";
            target.AddOrUpdate(key, value, (_, old) => old + value);
        });
        this.listener.SetMeasurementEventCallback<double>((_, value, _, _) =>
        {
            lock (this.listener)
            {
                paused += value;
            }
        });
        this.listener.Start();
    }

    public long StorageTotal => this.storage.Values.Sum();

    public IReadOnlyDictionary<string, long> Storage => new SortedDictionary<string, long>(this.storage);

    public IReadOnlyDictionary<string, long> Attempts => new SortedDictionary<string, long>(attempts);

    public double PausedSeconds
    {
        get
        {
            lock (this.listener)
            {
                return paused;
            }
        }
    }

    public void Dispose() => this.listener.Dispose();
}
