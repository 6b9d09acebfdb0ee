using LiaisonBot.Features.Meetings.SignIn;
using LiaisonBot.Storage;

namespace LiaisonBot.Features.Meetings;

public static class MeetingsFeature
{
    public static IServiceCollection AddMeetings(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MeetingOptions>(configuration.GetSection(MeetingOptions.Section));
        services.AddTable(MeetingStore.Table);
        services.AddTable(MeetingStore.InviteeTable);
        services.AddSingleton<MeetingStore>();
        services.AddSingleton<SignInWindow>();
        services.AddSingleton<SignInScreen>();
        services.AddAttendanceRecords();
        return services;
    }

    /// <summary>The attendance of closed meetings, which the duty file reads: shared by the bot and <c>import-points-rules</c>.</summary>
    public static IServiceCollection AddAttendanceRecords(this IServiceCollection services)
    {
        services.AddTable(AttendanceRecords.Table);
        return services.AddSingleton<AttendanceRecords>();
    }

    public static WebApplication MapMeetings(this WebApplication app)
    {
        SignInScreen.Map(app);
        return app;
    }
}
