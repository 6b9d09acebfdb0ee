using LiaisonBot.Hosting;

namespace LiaisonBot.Calendar;

public static class CalendarServiceCollectionExtensions
{
    /// <summary>The committee's calendar (settings under <c>Calendar</c>), once, whoever asks first.</summary>
    public static IServiceCollection AddWorkCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(s => s.ServiceType == typeof(WorkCalendar)))
        {
            return services;
        }

        services.AddCheckedOptions<CalendarOptions>().Bind(configuration.GetSection(CalendarOptions.Section));
        return services.AddSingleton<WorkCalendar>();
    }
}
