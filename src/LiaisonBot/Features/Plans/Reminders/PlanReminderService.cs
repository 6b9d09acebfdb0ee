using LiaisonBot.Hosting;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Features.Plans.Reminders;

/// <summary>Runs <see cref="PlanReminders"/> every <see cref="PlanOptions.ReminderInterval"/>.</summary>
public sealed class PlanReminderService(PlanReminders reminders, TimeProvider time, IOptions<PlanOptions> options, ILogger<PlanReminderService> logger)
    : PeriodicService(time, logger)
{
    protected override TimeSpan Interval => options.Value.ReminderInterval;

    protected override string Work => "Sending plan reminders";

    protected override Task RunOnceAsync(CancellationToken ct) => reminders.RunAsync(ct);
}
