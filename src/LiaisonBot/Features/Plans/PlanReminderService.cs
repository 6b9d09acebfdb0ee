using Microsoft.Extensions.Options;

namespace LiaisonBot.Features.Plans;

/// <summary>Runs <see cref="PlanReminders"/> every <see cref="PlanOptions.ReminderInterval"/> on the injected clock.</summary>
public sealed class PlanReminderService(PlanReminders reminders, TimeProvider time, IOptions<PlanOptions> options, ILogger<PlanReminderService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await reminders.RunAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A storage hiccup must not stop reminders for the rest of the year: the next pass tries again.
                logger.LogError(e, "Plan reminder pass failed.");
            }

            await Task.Delay(options.Value.ReminderInterval, time, stoppingToken);
        }
    }
}
