using LiaisonBot.App;
using LiaisonBot.Features.Meetings.SignIn;
using LiaisonBot.Hosting;
using LiaisonBot.Outbox;
using LiaisonBot.Reminders;
using LiaisonBot.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LiaisonBot.Features.Meetings;

public static class MeetingsFeature
{
    public static IServiceCollection AddMeetings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCheckedOptions<MeetingOptions>().Bind(configuration.GetSection(MeetingOptions.Section));
        services.AddTable(MeetingStore.Table);
        services.AddTable(MeetingStore.InviteeTable);
        services.AddSingleton<MeetingStore>();
        services.AddSingleton<SignInWindow>();
        services.AddSingleton<SignInScreen>();
        services.AddAttendanceRecords();
        services.AddSingleton<Invitations>();
        services.AddSingleton<MeetingStatus>();
        services.AddSingleton<MeetingStatusUpdater>();
        services.AddHostedService(s => s.GetRequiredService<MeetingStatusUpdater>());
        services.AddOutboxHook<MeetingStatusUpdater>(MeetingStatusUpdater.Hook);
        services.AddSingleton<MeetingList>();
        services.AddSingleton<ComposeMeeting>();
        services.AddSingleton<CreateMeeting>();
        services.AddSingleton<ReplyToMeeting>();
        services.AddSingleton<DecideLeave>();
        services.AddSingleton<SignInToMeeting>();
        services.AddSingleton<AttendanceSheet>();
        services.AddSingleton<MarkPresent>();
        services.AddSingleton<CloseMeeting>();
        services.AddSingleton<ChangeMeeting>();
        services.AddSingleton<ExportAttendance>();
        services.AddReminderPass<MeetingReminders>(configuration);
        return services;
    }

    /// <summary>The attendance of closed meetings, which the duty file reads: shared by the bot and <c>import-points-rules</c>.</summary>
    public static IServiceCollection AddAttendanceRecords(this IServiceCollection services)
    {
        services.AddTable(AttendanceRecords.Table);
        services.TryAddSingleton<AttendanceRecords>();
        return services;
    }

    public static WebApplication MapMeetings(this WebApplication app)
    {
        var s = app.Services;
        const Roles organisers = Roles.Leader | Roles.Secretariat;
        var reply = s.GetRequiredService<ReplyToMeeting>();
        var compose = s.GetRequiredService<ComposeMeeting>();
        var change = s.GetRequiredService<ChangeMeeting>();
        // Who may act on a given meeting (its organiser, the secretariat, an invitee, the approver) is checked by each handler.
        s.GetRequiredService<CommandCatalog>()
            .Add(MeetingList.Command, s.GetRequiredService<MeetingList>().ShowAsync)
            .Verb(MeetingVerbs.New, organisers, compose.NewAsync)
            .Verb(MeetingVerbs.Create, organisers, s.GetRequiredService<CreateMeeting>().CreateAsync)
            .Verb(MeetingVerbs.Status, organisers, s.GetRequiredService<MeetingStatus>().ShowAsync)
            .Verb(MeetingVerbs.Edit, organisers, compose.EditAsync)
            .Verb(MeetingVerbs.Reschedule, organisers, change.RescheduleAsync)
            .Verb(MeetingVerbs.Cancel, organisers, change.AskCancelAsync)
            .Verb(MeetingVerbs.CancelConfirm, organisers, change.CancelAsync)
            .Verb(MeetingVerbs.Sheet, organisers, s.GetRequiredService<AttendanceSheet>().ShowAsync)
            .Verb(MeetingVerbs.Mark, organisers, s.GetRequiredService<MarkPresent>().MarkAsync)
            .Verb(MeetingVerbs.Close, organisers, s.GetRequiredService<CloseMeeting>().CloseAsync)
            .Verb(MeetingVerbs.Export, organisers, s.GetRequiredService<ExportAttendance>().LinkAsync)
            .Verb(MeetingVerbs.View, Roles.None, reply.ViewAsync)
            .Verb(MeetingVerbs.Coming, Roles.None, reply.ComingAsync)
            .Verb(MeetingVerbs.Leave, Roles.None, reply.LeaveAsync)
            .Verb(MeetingVerbs.SignIn, Roles.None, s.GetRequiredService<SignInToMeeting>().SignInAsync)
            .Verb(MeetingVerbs.Request, Roles.None, s.GetRequiredService<DecideLeave>().ShowAsync)
            .Verb(MeetingVerbs.Decide, Roles.None, s.GetRequiredService<DecideLeave>().DecideAsync);
        app.MapGet("/meetings/{id}/sheet.xlsx", (string id, long until, string? lang, string? sig, ExportAttendance export, CancellationToken ct) =>
            export.DownloadAsync(id, until, lang, sig, ct));
        SignInScreen.Map(app);
        return app;
    }
}
