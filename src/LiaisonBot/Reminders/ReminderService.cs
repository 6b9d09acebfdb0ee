using LiaisonBot.Hosting;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Reminders;

/// <summary>Runs <see cref="Reminders"/> every <see cref="ReminderOptions.Interval"/>.</summary>
public sealed class ReminderService(Reminders reminders, TimeProvider time, Heartbeats heartbeats, IOptions<ReminderOptions> options,
    ILogger<ReminderService> logger) : PeriodicService(time, heartbeats, logger)
{
    protected override TimeSpan Interval => options.Value.Interval;

    protected override string Work => "Sending reminders";

    protected override Task RunOnceAsync(CancellationToken ct) => reminders.RunAsync(ct);
}
