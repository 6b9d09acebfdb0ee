using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LiaisonBot.Calendar;

public static class CalendarServiceCollectionExtensions
{
    /// <summary>The committee's calendar from section <c>Calendar</c>; every feature that needs dates may call it.</summary>
    public static IServiceCollection AddCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CalendarOptions>(configuration.GetSection("Calendar"));
        services.TryAddSingleton<WorkCalendar>();
        return services;
    }
}
