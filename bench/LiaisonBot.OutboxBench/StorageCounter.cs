using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using LiaisonBot.Outbox;

namespace LiaisonBot.OutboxBench;

/// <summary>Listens to the outbox's meter: storage round trips by operation, connector calls by outcome, pause seconds.</summary>
internal sealed class StorageCounter : IDisposable
{
    readonly MeterListener _listener = new();
    readonly ConcurrentDictionary<string, long> _storage = new();
    readonly ConcurrentDictionary<string, long> _attempts = new();
    double _paused;

    public StorageCounter()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == OutboxMetrics.MeterName)
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var target = instrument.Name == OutboxMetrics.StorageOperations ? _storage : _attempts;
            var key = tags.Length > 0 ? tags[0].Value?.ToString() ?? "" : "";
            target.AddOrUpdate(key, value, (_, old) => old + value);
        });
        _listener.SetMeasurementEventCallback<double>((_, value, _, _) =>
        {
            lock (_listener) _paused += value;
        });
        _listener.Start();
    }

    public long StorageTotal => _storage.Values.Sum();

    public IReadOnlyDictionary<string, long> Storage => new SortedDictionary<string, long>(_storage);

    public IReadOnlyDictionary<string, long> Attempts => new SortedDictionary<string, long>(_attempts);

    public double PausedSeconds
    {
        get { lock (_listener) return _paused; }
    }

    public void Dispose() => _listener.Dispose();
}
