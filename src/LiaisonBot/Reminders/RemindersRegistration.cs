using LiaisonBot.Hosting;
using LiaisonBot.Storage;

namespace LiaisonBot.Reminders;

public static class RemindersRegistration
{
    /// <summary>The reminder machinery once, however many features add a <see cref="IReminderPass"/>.</summary>
    public static IServiceCollection AddReminderPass<TPass>(this IServiceCollection services, IConfiguration configuration)
        where TPass : class, IReminderPass
    {
        if (!services.Any(d => d.ServiceType == typeof(Reminders)))
        {
            services.AddCheckedOptions<ReminderOptions>().Bind(configuration.GetSection(ReminderOptions.Section));
            services.AddTable(ReminderClaims.Table);
            services.AddSingleton<ReminderClaims>();
            services.AddSingleton<Reminders>();
            services.AddHostedService<ReminderService>();
        }

        services.AddSingleton<TPass>();
        services.AddSingleton<IReminderPass>(sp => sp.GetRequiredService<TPass>());
        return services;
    }
}
